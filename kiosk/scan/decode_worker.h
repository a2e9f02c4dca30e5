#pragma once
// Decodes camera frames on its own thread. A frame offered while the worker is
// busy is dropped, not queued: the UI must stay live and the newest frame is
// the one worth decoding. Results come back through a callback on the worker
// thread; the view-model posts them to the UI thread.
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <opencv2/core.hpp>

#include "kiosk/scan/qr_decoder.h"

namespace motcua {

struct FrameDecodeResult {
    uint64_t frameNumber = 0;
    std::vector<DecodedCode> codes;
};

class DecodeWorker {
public:
    using DecodeFunction = std::function<std::vector<DecodedCode>(const cv::Mat &)>;
    using ResultCallback = std::function<void(const FrameDecodeResult &)>;

    DecodeWorker(DecodeFunction decode, ResultCallback onResult);
    ~DecodeWorker();
    DecodeWorker(const DecodeWorker &) = delete;
    DecodeWorker &operator=(const DecodeWorker &) = delete;

    // Hands a frame over; false when the worker was busy and the frame dropped.
    // The frame is shared, not copied: the caller must not write into it.
    bool offer(const cv::Mat &frame);

    // Blocks until the frame in hand (if any) has been decoded.
    void waitIdle();

    uint64_t framesOffered() const;
    uint64_t framesDropped() const;

private:
    void run();

    DecodeFunction m_decode;
    ResultCallback m_onResult;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::optional<cv::Mat> m_pending;
    bool m_busy = false;
    bool m_stop = false;
    uint64_t m_offered = 0;
    uint64_t m_dropped = 0;
    std::thread m_thread;
};

}  // namespace motcua

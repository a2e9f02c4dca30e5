// The decode worker drops frames while busy and reports each decoded frame.
// The decode function is a stand-in that blocks until the test releases it,
// so the test controls "busy" without sleeps.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>

#include "kiosk/scan/decode_worker.h"

namespace motcua {
namespace {

class Gate {
public:
    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_entered = true;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_open; });
    }
    void waitUntilEntered()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_entered; });
    }
    void open()
    {
        std::lock_guard lock(m_mutex);
        m_open = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_entered = false;
    bool m_open = false;
};

TEST(DecodeWorker, DropsFramesWhileBusyAndReportsTheDecodedOne)
{
    Gate gate;
    std::atomic<int> results{0};
    std::string lastText;
    DecodeWorker worker(
        [&gate](const cv::Mat &frame) {
            gate.wait();
            return std::vector<DecodedCode>{{std::to_string(frame.cols), {}}};
        },
        [&](const FrameDecodeResult &result) {
            lastText = result.codes.at(0).text;
            ++results;
        });

    EXPECT_TRUE(worker.offer(cv::Mat(10, 11, CV_8UC1)));
    gate.waitUntilEntered();
    EXPECT_FALSE(worker.offer(cv::Mat(10, 12, CV_8UC1)));
    EXPECT_FALSE(worker.offer(cv::Mat(10, 13, CV_8UC1)));
    gate.open();
    worker.waitIdle();
    EXPECT_EQ(results.load(), 1);
    EXPECT_EQ(lastText, "11");
    EXPECT_EQ(worker.framesOffered(), 3u);
    EXPECT_EQ(worker.framesDropped(), 2u);

    // Idle again: the next frame is taken.
    EXPECT_TRUE(worker.offer(cv::Mat(10, 14, CV_8UC1)));
    worker.waitIdle();
    EXPECT_EQ(results.load(), 2);
    EXPECT_EQ(lastText, "14");
}

TEST(DecodeWorker, StopsCleanlyWithNothingToDo)
{
    DecodeWorker worker([](const cv::Mat &) { return std::vector<DecodedCode>{}; },
                        [](const FrameDecodeResult &) {});
    worker.waitIdle();
    SUCCEED();
}

}  // namespace
}  // namespace motcua

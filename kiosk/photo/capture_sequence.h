#pragma once
// When to take the photo: every check passing for a steady moment starts a
// 3-2-1 countdown; at zero a short burst of frames is offered to
// BestFrameSelector and the best accepted one is kept. Driven by the frames'
// capture times only (no clock of its own), so tests feed it by hand.
#include <chrono>

#include <opencv2/core.hpp>

#include "kiosk/photo/photo_output.h"
#include "kiosk/photo/photo_report.h"

namespace motcua::photo {

struct CaptureTiming {
    std::chrono::milliseconds steady{1000};     // all checks passing before the countdown
    int countdownSeconds = 3;
    std::chrono::milliseconds grace{600};       // failing frames tolerated during the countdown
    int burstFrames = 5;                        // frames offered after zero
};

class CaptureSequence {
public:
    using Time = std::chrono::steady_clock::time_point;
    enum class Phase { Aligning, Steady, Countdown, Burst, Done };

    explicit CaptureSequence(CaptureTiming timing = {}) : m_timing(timing) {}

    // One analysed frame. Returns the phase after it.
    Phase feed(const cv::Mat &frame, const PhotoReport &report, Time captured);
    Phase phase() const { return m_phase; }
    // 3, 2, 1 during the countdown; 0 otherwise.
    int countdown() const { return m_countdown; }
    // The kept frame and its report once Done.
    const BestFrameSelector &best() const { return m_best; }
    void reset();
    // Takes this frame as the photo whatever its checks (a guide's manual
    // capture); Done afterwards.
    void keep(const cv::Mat &frame, const PhotoReport &report);

private:
    CaptureTiming m_timing;
    Phase m_phase = Phase::Aligning;
    Time m_since{};       // start of the steady moment or of the countdown
    Time m_lastPass{};    // last accepted frame (countdown grace)
    int m_countdown = 0;
    int m_burstLeft = 0;
    BestFrameSelector m_best;
};

}  // namespace motcua::photo

#include "kiosk/photo/capture_sequence.h"

#include <cmath>

namespace motcua::photo {

void CaptureSequence::reset()
{
    m_phase = Phase::Aligning;
    m_countdown = 0;
    m_burstLeft = 0;
    m_best.clear();
}

void CaptureSequence::keep(const cv::Mat &frame, const PhotoReport &report)
{
    m_best.clear();
    m_best.keep(frame, report);
    m_countdown = 0;
    m_phase = Phase::Done;
}

CaptureSequence::Phase CaptureSequence::feed(const cv::Mat &frame, const PhotoReport &report, Time captured)
{
    const bool pass = report.accepted();
    if (pass) {
        m_lastPass = captured;
    }
    switch (m_phase) {
    case Phase::Aligning:
        if (pass) {
            m_phase = Phase::Steady;
            m_since = captured;
        }
        break;
    case Phase::Steady:
        if (!pass) {
            m_phase = Phase::Aligning;
        } else if (captured - m_since >= m_timing.steady) {
            m_phase = Phase::Countdown;
            m_since = captured;
            m_countdown = m_timing.countdownSeconds;
        }
        break;
    case Phase::Countdown: {
        // A blink or a single bad frame should not restart the countdown.
        if (!pass && captured - m_lastPass > m_timing.grace) {
            m_phase = Phase::Aligning;
            m_countdown = 0;
            break;
        }
        const double elapsed = std::chrono::duration<double>(captured - m_since).count();
        m_countdown = static_cast<int>(std::ceil(m_timing.countdownSeconds - elapsed));
        if (m_countdown <= 0) {
            m_countdown = 0;
            m_phase = Phase::Burst;
            m_burstLeft = m_timing.burstFrames;
            m_best.clear();
            m_best.offer(frame, report);
            --m_burstLeft;
        }
        break;
    }
    case Phase::Burst:
        m_best.offer(frame, report);
        if (--m_burstLeft <= 0) {
            // Nobody held still through the burst: align again.
            m_phase = m_best.empty() ? Phase::Aligning : Phase::Done;
        }
        break;
    case Phase::Done:
        break;
    }
    if (m_phase == Phase::Burst && m_burstLeft <= 0) {
        m_phase = m_best.empty() ? Phase::Aligning : Phase::Done;
    }
    return m_phase;
}

}  // namespace motcua::photo

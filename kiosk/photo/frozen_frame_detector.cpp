#include "kiosk/photo/frozen_frame_detector.h"

namespace motcua::photo {

std::uint64_t FrozenFrameDetector::signature(const cv::Mat &frame)
{
    // FNV-1a over a sparse sample of rows: cheap, and sensor noise changes it.
    std::uint64_t hash = 1469598103934665603ull;
    const int rowStep = std::max(1, frame.rows / 24);
    for (int y = 0; y < frame.rows; y += rowStep) {
        const uchar *row = frame.ptr<uchar>(y);
        const size_t bytes = frame.cols * frame.elemSize();
        for (size_t x = 0; x < bytes; x += 7) {
            hash = (hash ^ row[x]) * 1099511628211ull;
        }
    }
    return hash;
}

bool FrozenFrameDetector::frozen(const cv::Mat &frame)
{
    const std::uint64_t s = signature(frame);
    m_identical = (m_seen && s == m_last) ? m_identical + 1 : 0;
    m_last = s;
    m_seen = true;
    return m_identical >= m_limit;
}

void FrozenFrameDetector::reset()
{
    m_identical = 0;
    m_seen = false;
}

}  // namespace motcua::photo

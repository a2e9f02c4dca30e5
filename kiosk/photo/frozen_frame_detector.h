#pragma once
// A live sensor never delivers two bit-identical frames (there is always
// noise), so a run of identical frames means a stuck camera or driver. Used by
// the V4L2 and fake backends; not by file sources, which may repeat a still.
#include <cstdint>

#include <opencv2/core.hpp>

namespace motcua::photo {

class FrozenFrameDetector {
public:
    explicit FrozenFrameDetector(int identicalFramesLimit = 30) : m_limit(identicalFramesLimit) {}
    // True once `identicalFramesLimit` frames in a row were identical to the one before.
    bool frozen(const cv::Mat &frame);
    void reset();

private:
    static std::uint64_t signature(const cv::Mat &frame);
    int m_limit;
    int m_identical = 0;
    std::uint64_t m_last = 0;
    bool m_seen = false;
};

}  // namespace motcua::photo

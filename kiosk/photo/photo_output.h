#pragma once
// The photo that leaves the kiosk: the 2:3 crop of the chosen frame at the
// output size, as a baseline JPEG well under the portal's 4 MB limit, and the
// choice of that frame among several.
#include <cstdint>
#include <optional>
#include <vector>

#include <opencv2/core.hpp>

#include "kiosk/core/result.h"
#include "kiosk/photo/photo_report.h"
#include "kiosk/photo/photo_rules.h"

namespace motcua::photo {

// The crop of `frame` the report describes, resized to the output size.
// "photo.no_face" when the report found no single face.
Result<cv::Mat> cropPassportPhoto(const cv::Mat &frame, const PhotoReport &report, const PhotoRules &rules);

// Baseline (not progressive) JPEG; starts at quality 92 and steps down until
// the file fits `maxBytes` (default 1 MB: a quarter of the portal's limit).
Result<std::vector<std::uint8_t>> encodeBaselineJpeg(const cv::Mat &image, std::size_t maxBytes = 1u << 20);

// Keeps the best frame of a capture burst: only accepted frames qualify,
// then the highest PhotoReport::score (sharp, straight).
class BestFrameSelector {
public:
    void offer(const cv::Mat &frame, const PhotoReport &report);
    // Keeps this frame whatever its report (a guide's manual capture).
    void keep(const cv::Mat &frame, const PhotoReport &report);
    bool empty() const { return !m_best.has_value(); }
    int offered() const { return m_offered; }
    const cv::Mat &frame() const { return m_best->frame; }
    const PhotoReport &report() const { return m_best->report; }
    void clear();

private:
    struct Candidate {
        cv::Mat frame;
        PhotoReport report;
        double score;
    };
    std::optional<Candidate> m_best;
    int m_offered = 0;
};

}  // namespace motcua::photo

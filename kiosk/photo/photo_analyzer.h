#pragma once
// One frame in, one PhotoReport out: every check of photo_report.h measured
// and held to PhotoRules. Live mode follows the face between frames (a
// camera session); still mode searches each image thoroughly (`photo check`).
#include <memory>

#include <opencv2/core.hpp>

#include "kiosk/core/result.h"
#include "kiosk/photo/face_finder.h"
#include "kiosk/photo/face_geometry.h"
#include "kiosk/photo/photo_report.h"
#include "kiosk/photo/photo_rules.h"

namespace motcua::photo {

class PhotoAnalyzer {
public:
    using Mode = FaceFinder::Mode;
    static Result<std::unique_ptr<PhotoAnalyzer>> create(Mode mode, PhotoRules rules = {},
                                                         const std::filesystem::path &cascadeDir = {});

    // `frame`: 8-bit BGR (a camera frame or a decoded photo).
    PhotoReport analyze(const cv::Mat &frame);
    void reset() { m_finder->forget(); }
    const PhotoRules &rules() const { return m_rules; }
    const FaceFinder &finder() const { return *m_finder; }

private:
    PhotoAnalyzer(std::unique_ptr<FaceFinder> finder, PhotoRules rules, Mode mode)
        : m_finder(std::move(finder)), m_rules(rules), m_mode(mode)
    {
    }
    // Converts the tiles of m_grey covering `region` that this frame has not
    // converted yet (live mode: only the face's neighbourhood is needed).
    void needGrey(const cv::Mat &bgr, cv::Rect region);
    std::unique_ptr<FaceFinder> m_finder;
    PhotoRules m_rules;
    Mode m_mode;
    HeadProportions m_proportions;
    cv::Mat m_grey;                    // reused full-size grey buffer
    std::vector<unsigned char> m_tileDone;  // per kGreyTile² tile: converted this frame
};

// What the citizen is told and the guide checks, because no detector here
// judges it reliably (glasses, both ears visible, head bare, expression, dress).
std::vector<ReviewItem> standingReviewItems();

}  // namespace motcua::photo

#pragma once
// From a detector box and eyes to where the head is and which 2:3 crop the
// output would use. The proportions (eye line within the box, chin and crown
// from the eye line) are our calibration on tests/data/photo; docs/photo.md.
#include <opencv2/core/types.hpp>

#include "kiosk/photo/face_finder.h"
#include "kiosk/photo/photo_report.h"
#include "kiosk/photo/photo_rules.h"

namespace motcua::photo {

// Calibrated on the LBP frontal-face box (tools/make-photo-samples.cpp base image).
struct HeadProportions {
    double eyeInBox = 0.365;     // eye line, from the box top, in box heights (when no eyes are found)
    double chinBelowEye = 0.71;  // box heights
    double crownAboveEye = 0.89;
};

FaceGeometry measureGeometry(const FoundFace &face, cv::Size frame, const PhotoRules &rules,
                             const HeadProportions &proportions = {});

// The 2:3 crop for a head from crownY to chinY with eyes at eyeMid: a small
// margin above the crown, the head ratio chosen within 0.71–0.79 so the eye
// line lands as near its target as this head allows, then moved and shrunk
// to lie inside the frame.
cv::Rect2d passportCrop(const cv::Point2d &eyeMid, double crownY, double chinY, cv::Size frame,
                        const PhotoRules &rules);

}  // namespace motcua::photo

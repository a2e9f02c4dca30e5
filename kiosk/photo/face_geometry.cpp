#include "kiosk/photo/face_geometry.h"

#include <algorithm>
#include <cmath>

namespace motcua::photo {
namespace {

cv::Point2d centre(const cv::Rect2d &r) { return {r.x + r.width / 2, r.y + r.height / 2}; }

}  // namespace

cv::Rect2d passportCrop(const cv::Point2d &eyeMid, double crownY, double chinY, cv::Size frame,
                        const PhotoRules &rules)
{
    // Eye line = margin + ratio × (crown-to-eye share of the head): a head
    // with much hair above the eyes needs a smaller ratio to keep the eyes
    // near 0.40. The ratio stays inside the ICAO range with a 0.01 guard.
    constexpr double kCrownMargin = 0.02;
    const double head = std::max(1.0, chinY - crownY);
    const double share = (eyeMid.y - crownY) / head;
    double ratio = rules.headRatioTarget;
    if (share > 0) {
        ratio = std::clamp((rules.eyeLineTarget - kCrownMargin) / share, rules.headRatioMin + 0.01,
                           rules.headRatioMax - 0.01);
    }
    double height = head / ratio;
    double top = crownY - kCrownMargin * height;
    height = std::min(height, static_cast<double>(frame.height));
    double width = height * 2.0 / 3.0;
    if (width > frame.width) {
        width = frame.width;
        height = width * 1.5;
    }
    double left = eyeMid.x - width / 2;
    left = std::clamp(left, 0.0, frame.width - width);
    top = std::clamp(top, 0.0, frame.height - height);
    return {left, top, width, height};
}

FaceGeometry measureGeometry(const FoundFace &face, cv::Size frame, const PhotoRules &rules,
                             const HeadProportions &proportions)
{
    FaceGeometry g;
    g.face = face.box;
    g.leftEye = face.leftEye ? std::optional(centre(*face.leftEye)) : std::nullopt;
    g.rightEye = face.rightEye ? std::optional(centre(*face.rightEye)) : std::nullopt;
    if (g.leftEye && g.rightEye) {
        g.eyeMid = (*g.leftEye + *g.rightEye) * 0.5;
        g.rollDeg = std::atan2(g.rightEye->y - g.leftEye->y, g.rightEye->x - g.leftEye->x) * 180.0 / CV_PI;
    } else {
        g.eyeMid = {face.box.x + face.box.width / 2, face.box.y + proportions.eyeInBox * face.box.height};
    }
    g.chinY = g.eyeMid.y + proportions.chinBelowEye * face.box.height;
    g.crownY = g.eyeMid.y - proportions.crownAboveEye * face.box.height;
    g.crop = passportCrop(g.eyeMid, g.crownY, g.chinY, frame, rules);
    return g;
}

}  // namespace motcua::photo

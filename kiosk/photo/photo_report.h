#pragma once
// What the analysis says about one frame: every check with its measured
// value, the threshold it was held to, and whether it passed. The guidance
// (photo_guidance.h) and the CLI read only this.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <opencv2/core/types.hpp>

namespace motcua::photo {

// In guidance order: the first failing check is the one the citizen hears
// about. Reordering this enum reorders the guidance.
enum class CheckId {
    FaceCount,      // exactly one face
    Centring,       // face near the middle of the camera frame
    HeadSize,       // chin to crown 70–80 % of the 4x6 crop height
    Resolution,     // enough source pixels for a 600x900 output
    EyeLine,        // eye line ≈ 0.40 H from the top of the crop
    Roll,           // head tilted sideways
    Yaw,            // head turned left/right
    Pitch,          // head tilted up/down
    EyesOpen,
    MouthClosed,
    Glare,          // specular highlights around the eyes (glasses, sweat)
    Exposure,       // no clipped highlights or crushed shadows on the face
    Illumination,   // even light left/right across the face
    Background,     // white, uniform
    BackgroundShadow,
    Sharpness,      // no motion or focus blur
};

inline constexpr CheckId kAllChecks[] = {
    CheckId::FaceCount, CheckId::Centring,  CheckId::HeadSize,    CheckId::Resolution,
    CheckId::EyeLine,   CheckId::Roll,      CheckId::Yaw,         CheckId::Pitch,
    CheckId::EyesOpen,  CheckId::MouthClosed, CheckId::Glare,     CheckId::Exposure,
    CheckId::Illumination, CheckId::Background, CheckId::BackgroundShadow, CheckId::Sharpness,
};

// Stable machine-readable code, e.g. "photo.head_size".
std::string_view checkCode(CheckId id);
std::optional<CheckId> checkFromCode(std::string_view code);

enum class Outcome { Pass, Fail, NotMeasured };
std::string_view outcomeName(Outcome outcome);

struct PhotoCheck {
    CheckId id;
    Outcome outcome = Outcome::NotMeasured;
    double value = 0;        // what was measured, in `unit`
    double min = 0, max = 0; // the accepted range (inclusive)
    std::string unit;        // "faces", "deg", "ratio", "%", "px", "var", "L*"
    std::string source;      // where the threshold comes from: "ICAO 9303-3", "portal", "motcua calibration" …
    std::string detail;      // why it could not be measured, or what failed; no personal data
};

// Things the analysis cannot judge reliably: shown to the citizen as an
// instruction and listed for the guide who reviews the photo.
struct ReviewItem {
    std::string code;     // "review.no_glasses" …
    std::string textVi;
    std::string textEn;
};

// Where the face is, in frame pixels.
struct FaceGeometry {
    cv::Rect2d face;                 // detector box
    std::optional<cv::Point2d> leftEye, rightEye;  // image left / image right
    cv::Point2d eyeMid;              // measured, or estimated from the box
    double crownY = 0, chinY = 0;    // estimated
    double rollDeg = 0;
    cv::Rect2d crop;                 // the 2:3 crop the output would use (inside the frame)
};

struct PhotoReport {
    cv::Size frameSize;
    int faceCount = 0;
    std::optional<FaceGeometry> face;
    std::vector<PhotoCheck> checks;  // in CheckId order, one per check
    std::vector<ReviewItem> reviewItems;

    bool accepted() const;  // no check failed (NotMeasured counts as failed where it matters)
    const PhotoCheck *check(CheckId id) const;
    std::vector<CheckId> failedChecks() const;
    // Frame quality for "best of several frames": higher is better.
    double score() const;
};

}  // namespace motcua::photo

#pragma once
// Pixel measures on the face region and the background of the crop. Each
// returns plain numbers; the analyzer holds them to PhotoRules.
#include <opencv2/core.hpp>

namespace motcua::photo {

// Laplacian variance of the inner face resized to 128 px wide, so the figure
// does not depend on how far the citizen stands.
double faceSharpness(const cv::Mat &grey, const cv::Rect2d &face);

struct FaceExposure {
    double median = 0;           // grey level 0..255
    double clippedFraction = 0;  // ≥ 250
    double crushedFraction = 0;  // ≤ 8
};
FaceExposure faceExposure(const cv::Mat &grey, const cv::Rect2d &face);

// |left − right| / max(left, right) of the two cheek regions' mean grey levels.
double illuminationImbalance(const cv::Mat &grey, const cv::Rect2d &face);

// Fraction of the mouth region much darker than the face (an open mouth).
double mouthDarkFraction(const cv::Mat &grey, const cv::Rect2d &face, double faceMedian);

// Fraction of the eye band that is near-white and colourless: reflections.
double eyeGlareFraction(const cv::Mat &bgr, const cv::Rect2d &face);

struct BackgroundMeasure {
    bool measured = false;
    double luma = 0;     // mean over the patches, 0..255
    double chroma = 0;   // mean max(B,G,R) − min(B,G,R)
    double stddev = 0;   // mean grey-level deviation inside the patches
    double spread = 0;   // brightest patch mean − darkest: shadows, gradients
};
// Patches in the crop's top corners and beside the head's upper part.
BackgroundMeasure measureBackground(const cv::Mat &bgr, const cv::Mat &grey, const cv::Rect2d &crop,
                                    const cv::Rect2d &face);

}  // namespace motcua::photo

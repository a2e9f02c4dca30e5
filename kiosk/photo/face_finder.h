#pragma once
// Finds faces and eyes with OpenCV's cascades from Debian's opencv-data
// (LBP frontal face on a downscaled frame, Haar eyes on the face region).
// In live mode it follows the face between frames: a search around the last
// box at a finer scale every frame, a full-frame scan for other people every
// `fullScanInterval` frames. Measurements behind these choices: docs/photo.md.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/objdetect.hpp>

#include "kiosk/core/result.h"

namespace motcua::photo {

struct FoundFace {
    cv::Rect2d box;                                // frame pixels
    std::optional<cv::Rect2d> leftEye, rightEye;  // image left / right, frame pixels
};

struct FaceSearch {
    std::vector<FoundFace> faces;  // largest first; eyes only on the first
    bool fullScan = false;         // whether the whole frame was searched
};

class FaceFinder {
public:
    enum class Mode { Live, Still };

    // Loads the cascades from `cascadeDir` (the opencv-data layout, with
    // lbpcascades/ and haarcascades/); "photo.detector_missing" otherwise.
    static Result<std::unique_ptr<FaceFinder>> create(Mode mode, const std::filesystem::path &cascadeDir = {});
    static std::filesystem::path defaultCascadeDirectory();

    // `grey` is the frame in grey levels, full size.
    FaceSearch find(const cv::Mat &grey);
    void forget();  // a new citizen: drop the tracked face

    int fullScanInterval = 4;
    // Live mode: reuse the previous frame's eyes on every other frame when
    // the box moved little (saves the ~6.5 ms eye cascade on those frames).
    // Off: on the bundled sample it changed 5 of 300 frames' verdicts.
    bool reuseEyesEveryOtherFrame = false;
    // Live mode: when the previous frame found both eyes and the box moved
    // little, run the same eye cascade only around each previous eye, at
    // sizes near the previous ones (the whole band every
    // `fullEyeSearchInterval` frames and whenever this misses).
    bool trackEyes = true;
    int fullEyeSearchInterval = 32;
    // How the eyes were searched so far (bench figures).
    struct EyeSearchCounts {
        int band = 0;     // the whole eye band
        int tracked = 0;  // only around the previous eyes
        int missed = 0;   // tracked search failed, then the whole band
    };
    const EyeSearchCounts &eyeSearchCounts() const { return m_eyeCounts; }
    // Called with each region of `grey` before it is read (the analyzer
    // converts the frame to grey only where it is needed); may be empty.
    std::function<void(cv::Rect)> needGrey;

private:
    FaceFinder(Mode mode) : m_mode(mode) {}
    std::vector<cv::Rect2d> scan(const cv::Mat &grey, cv::Rect region, double scale, double minFace, double maxFace);
    void findEyes(const cv::Mat &grey, FoundFace &face);
    bool findEyesNearLast(const cv::Mat &small, const cv::Rect &region, double scale, FoundFace &face);
    bool reuseEyes(FoundFace &face) const;

    // The eyes found on the previous frame, relative to its face box (live
    // mode reuses them on every other frame when the box moved little).
    struct LastEyes {
        cv::Rect2d box;
        std::optional<cv::Rect2d> left, right;
        int frame = -2;
    };
    int m_eyesTrackedFor = 0;
    EyeSearchCounts m_eyeCounts;  // frames in a row whose eyes came from findEyesNearLast
    LastEyes m_lastEyes;
    cv::Mat m_small, m_eyeSmall;  // reused buffers
    std::vector<cv::Rect> m_hits;

    Mode m_mode;
    cv::CascadeClassifier m_face, m_eye;
    std::optional<cv::Rect2d> m_tracked;
    int m_frame = 0;
    int m_othersSeen = 0;  // faces besides the tracked one at the last full scan
};

}  // namespace motcua::photo

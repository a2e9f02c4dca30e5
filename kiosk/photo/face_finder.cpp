#include "kiosk/photo/face_finder.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace motcua::photo {
namespace {

// Live frames: the whole frame is searched at 320 px wide, where a face of
// 128 px (1280x720 frame) is the smallest the LBP cascade's 24 px window with
// a 32 px minimum finds; measured in docs/photo.md.
constexpr double kLiveScanWidth = 320;
constexpr double kLiveScanMinFace = 32;
// Around a tracked face the search runs where the face is ~56 px wide.
constexpr double kTrackedFaceWidth = 56;
// Still photos: searched at 480 px on the long side.
constexpr double kStillScanSide = 480;
// Eyes are looked for with the face resized to this width.
constexpr double kEyeFaceWidth = 120;
// Live mode with reuseEyesEveryOtherFrame: the eye cascade (~6.5 ms, most of
// a frame's time) runs on odd frames; an even frame reuses the previous
// frame's eyes, moved by the box centre's shift, when that shift is at most this fraction of the box width
// and the box size changed by at most this fraction (the LBP box's size
// jitters by 5–12 % between frames from its scale steps alone).
constexpr double kEyeReuseMaxShift = 0.05;
constexpr double kEyeReuseMaxResize = 0.15;
// Eye tracking (live): the previous eyes are searched again when the face box
// moved at most this fraction of its width and changed size by at most this
// fraction; each eye in a window this many eye sizes around the predicted
// one, at eye sizes within this factor of the previous size. The cascade
// then evaluates the whole-band search's own windows near each eye (~0.35 of
// the band, 3–4 of its ~10 scales), so the hits barely differ; measured in
// docs/photo.md (a margin of 0.6 and ×1.35 saved only a third).
constexpr double kEyeTrackMaxShift = 0.25;
constexpr double kEyeTrackMaxResize = 0.2;
constexpr double kEyeTrackMargin = 0.3;
constexpr double kEyeTrackSizeFactor = 1.2;

double overlap(const cv::Rect2d &a, const cv::Rect2d &b)
{
    const double inter = (a & b).area();
    const double uni = a.area() + b.area() - inter;
    return uni > 0 ? inter / uni : 0;
}

cv::Rect2d grow(const cv::Rect2d &r, double factor)
{
    const double dx = r.width * factor, dy = r.height * factor;
    return {r.x - dx, r.y - dy, r.width + 2 * dx, r.height + 2 * dy};
}

}  // namespace

std::filesystem::path FaceFinder::defaultCascadeDirectory()
{
    return "/usr/share/opencv4";
}

Result<std::unique_ptr<FaceFinder>> FaceFinder::create(Mode mode, const std::filesystem::path &cascadeDir)
{
    const auto dir = cascadeDir.empty() ? defaultCascadeDirectory() : cascadeDir;
    std::unique_ptr<FaceFinder> finder(new FaceFinder(mode));
    const auto face = dir / "lbpcascades" / "lbpcascade_frontalface.xml";
    const auto eye = dir / "haarcascades" / "haarcascade_eye.xml";
    if (!finder->m_face.load(face.string()) || !finder->m_eye.load(eye.string())) {
        return fail("photo.detector_missing",
                    "face/eye cascades not found under " + dir.string() + " (install opencv-data)");
    }
    return finder;
}

void FaceFinder::forget()
{
    m_tracked.reset();
    m_lastEyes = {};
    m_eyesTrackedFor = 0;
    m_frame = 0;
    m_othersSeen = 0;
}

std::vector<cv::Rect2d> FaceFinder::scan(const cv::Mat &grey, cv::Rect region, double scale, double minFace,
                                         double maxFace)
{
    region &= cv::Rect(0, 0, grey.cols, grey.rows);
    std::vector<cv::Rect2d> out;
    if (region.width < 24 || region.height < 24) {
        return out;
    }
    if (needGrey) {
        needGrey(region);
    }
    cv::Mat small;  // a view of `grey`, or the reused buffer (never resized into a view)
    if (scale == 1.0) {
        small = grey(region);
    } else {
        cv::resize(grey(region), m_small, cv::Size(), scale, scale, cv::INTER_AREA);
        small = m_small;
    }
    std::vector<cv::Rect> &hits = m_hits;
    const int minSide = std::max(24, static_cast<int>(minFace * scale));
    const int maxSide = maxFace > 0 ? static_cast<int>(maxFace * scale) : 0;
    const double step = m_mode == Mode::Live ? 1.2 : 1.08;
    m_face.detectMultiScale(small, hits, step, 3, 0, cv::Size(minSide, minSide), cv::Size(maxSide, maxSide));
    for (const auto &h : hits) {
        out.emplace_back(region.x + h.x / scale, region.y + h.y / scale, h.width / scale, h.height / scale);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.area() > b.area(); });
    return out;
}

void FaceFinder::findEyes(const cv::Mat &grey, FoundFace &face)
{
    // Eyes sit in the band from 15 % to 60 % of the detector box.
    const cv::Rect2d band(face.box.x, face.box.y + 0.15 * face.box.height, face.box.width, 0.45 * face.box.height);
    const cv::Rect region = cv::Rect(band) & cv::Rect(0, 0, grey.cols, grey.rows);
    if (region.width < 16 || region.height < 8) {
        return;
    }
    const double scale = kEyeFaceWidth / face.box.width;
    if (needGrey) {
        needGrey(region);
    }
    cv::Mat &small = m_eyeSmall;
    cv::resize(grey(region), small, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    if (findEyesNearLast(small, region, scale, face)) {
        ++m_eyesTrackedFor;
        ++m_eyeCounts.tracked;
        return;
    }
    m_eyesTrackedFor = 0;
    ++m_eyeCounts.band;
    std::vector<cv::Rect> &hits = m_hits;
    m_eye.detectMultiScale(small, hits, 1.1, 3, 0, cv::Size(14, 14), cv::Size(48, 48));
    const double midX = small.cols / 2.0;
    std::optional<cv::Rect> left, right;
    for (const auto &h : hits) {
        const double cx = h.x + h.width / 2.0;
        auto &slot = cx < midX ? left : right;
        if (!slot || h.area() > slot->area()) {
            slot = h;
        }
    }
    const auto toFrame = [&](const cv::Rect &h) {
        return cv::Rect2d(region.x + h.x / scale, region.y + h.y / scale, h.width / scale, h.height / scale);
    };
    if (left) {
        face.leftEye = toFrame(*left);
    }
    if (right) {
        face.rightEye = toFrame(*right);
    }
}

bool FaceFinder::findEyesNearLast(const cv::Mat &small, const cv::Rect &region, double scale, FoundFace &face)
{
    const cv::Rect2d &was = m_lastEyes.box;
    // m_frame was already advanced: the previous frame is m_frame - 2.
    if (!trackEyes || m_mode != Mode::Live || m_lastEyes.frame != m_frame - 2 || !m_lastEyes.left ||
        !m_lastEyes.right || was.width <= 0 || m_eyesTrackedFor + 1 >= std::max(1, fullEyeSearchInterval)) {
        return false;
    }
    const cv::Rect2d &box = face.box;
    const double dx = (box.x + box.width / 2) - (was.x + was.width / 2);
    const double dy = (box.y + box.height / 2) - (was.y + was.height / 2);
    const double resize = box.width / was.width;
    if (std::max(std::abs(dx), std::abs(dy)) > kEyeTrackMaxShift * was.width ||
        std::abs(resize - 1) > kEyeTrackMaxResize) {
        return false;
    }
    const double midX = small.cols / 2.0;
    std::optional<cv::Rect> found[2];
    const cv::Rect2d *last[2] = {&*m_lastEyes.left, &*m_lastEyes.right};
    for (int side = 0; side < 2; ++side) {
        // The previous eye, moved with the box, in `small` pixels.
        const cv::Rect2d &e = *last[side];
        const double size = e.width * resize * scale;
        const double cx = ((e.x + e.width / 2 + dx) - region.x) * scale;
        const double cy = ((e.y + e.height / 2 + dy) - region.y) * scale;
        const double half = size * (0.5 + kEyeTrackMargin);
        const cv::Rect window = cv::Rect(cv::Point(cvFloor(cx - half), cvFloor(cy - half)),
                                         cv::Point(cvCeil(cx + half), cvCeil(cy + half))) &
                                cv::Rect(0, 0, small.cols, small.rows);
        const int minSide = static_cast<int>(size / kEyeTrackSizeFactor);
        const int maxSide = static_cast<int>(std::ceil(size * kEyeTrackSizeFactor));
        if (window.width < 20 || window.height < 20 || maxSide < 20) {
            return false;
        }
        m_eye.detectMultiScale(small(window), m_hits, 1.1, 3, 0, cv::Size(minSide, minSide),
                               cv::Size(maxSide, maxSide));
        for (cv::Rect h : m_hits) {
            h.x += window.x;
            h.y += window.y;
            const bool leftHalf = h.x + h.width / 2.0 < midX;
            if (leftHalf != (side == 0)) {
                continue;
            }
            if (!found[side] || h.area() > found[side]->area()) {
                found[side] = h;
            }
        }
        if (!found[side]) {
            ++m_eyeCounts.missed;
            return false;
        }
    }
    const auto toFrame = [&](const cv::Rect &h) {
        return cv::Rect2d(region.x + h.x / scale, region.y + h.y / scale, h.width / scale, h.height / scale);
    };
    face.leftEye = toFrame(*found[0]);
    face.rightEye = toFrame(*found[1]);
    return true;
}

bool FaceFinder::reuseEyes(FoundFace &face) const
{
    const cv::Rect2d &was = m_lastEyes.box;
    // m_frame was already advanced: this frame is m_frame - 1; reuse on even
    // frames only, from the frame just before.
    if (!reuseEyesEveryOtherFrame || m_mode != Mode::Live || m_lastEyes.frame != m_frame - 2 || m_frame % 2 == 0 ||
        was.width <= 0) {
        return false;
    }
    const cv::Rect2d &box = face.box;
    const double shift = std::max(std::abs((box.x + box.width / 2) - (was.x + was.width / 2)),
                                  std::abs((box.y + box.height / 2) - (was.y + was.height / 2)));
    if (shift > kEyeReuseMaxShift * was.width || std::abs(box.width / was.width - 1) > kEyeReuseMaxResize) {
        return false;
    }
    const double dx = (box.x + box.width / 2) - (was.x + was.width / 2);
    const double dy = (box.y + box.height / 2) - (was.y + was.height / 2);
    const auto moved = [&](const cv::Rect2d &e) { return cv::Rect2d(e.x + dx, e.y + dy, e.width, e.height); };
    if (m_lastEyes.left) {
        face.leftEye = moved(*m_lastEyes.left);
    }
    if (m_lastEyes.right) {
        face.rightEye = moved(*m_lastEyes.right);
    }
    return true;
}

FaceSearch FaceFinder::find(const cv::Mat &grey)
{
    FaceSearch search;
    std::vector<cv::Rect2d> boxes;
    if (m_mode == Mode::Still) {
        const double scale = std::min(1.0, kStillScanSide / std::max(grey.cols, grey.rows));
        const double minFace = 0.08 * std::min(grey.cols, grey.rows);
        boxes = scan(grey, cv::Rect(0, 0, grey.cols, grey.rows), scale, minFace, 0);
        search.fullScan = true;
    } else {
        const bool scanDue = !m_tracked || m_frame % std::max(1, fullScanInterval) == 0;
        ++m_frame;
        if (!scanDue) {
            const cv::Rect2d around = grow(*m_tracked, 0.5);
            const double scale = std::min(0.5, kTrackedFaceWidth / m_tracked->width);
            boxes = scan(grey, cv::Rect(around), scale, 0.75 * m_tracked->width, 1.35 * m_tracked->width);
            if (boxes.empty()) {
                m_tracked.reset();  // lost: look everywhere, now
            } else {
                boxes.resize(1);
                for (int i = 0; i < m_othersSeen; ++i) {
                    boxes.emplace_back();  // others from the last full scan still count
                }
            }
        }
        if (!m_tracked || scanDue) {
            const double scale = kLiveScanWidth / grey.cols;
            boxes = scan(grey, cv::Rect(0, 0, grey.cols, grey.rows), scale, kLiveScanMinFace / scale, 0);
            search.fullScan = true;
            if (m_tracked && !boxes.empty()) {
                // Keep following the same person when several are in view.
                auto it = std::max_element(boxes.begin(), boxes.end(), [&](const auto &a, const auto &b) {
                    return overlap(a, *m_tracked) < overlap(b, *m_tracked);
                });
                if (overlap(*it, *m_tracked) > 0.2) {
                    std::iter_swap(boxes.begin(), it);
                }
            }
            m_othersSeen = boxes.empty() ? 0 : static_cast<int>(boxes.size()) - 1;
        }
        m_tracked = boxes.empty() ? std::nullopt : std::optional(boxes.front());
    }
    for (size_t i = 0; i < boxes.size(); ++i) {
        FoundFace face{boxes[i], std::nullopt, std::nullopt};
        if (i == 0 && !reuseEyes(face)) {
            findEyes(grey, face);
            m_lastEyes = {face.box, face.leftEye, face.rightEye, m_frame - 1};
        }
        search.faces.push_back(face);
    }
    return search;
}

}  // namespace motcua::photo

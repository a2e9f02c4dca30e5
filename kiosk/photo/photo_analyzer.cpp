#include "kiosk/photo/photo_analyzer.h"

#include <cmath>
#include <opencv2/imgproc.hpp>

#include "kiosk/photo/image_measures.h"

namespace motcua::photo {
namespace {

constexpr const char *kIcao = "ICAO 9303-3 / ISO 19794-5";
constexpr const char *kPortal = "Bộ Công an portal (4x6)";
constexpr const char *kOurs = "motcua calibration";

double degrees(double radians) { return radians * 180.0 / CV_PI; }

PhotoCheck range(CheckId id, double value, double min, double max, std::string unit, std::string source,
                 std::string detail = {})
{
    PhotoCheck c{id, value >= min && value <= max ? Outcome::Pass : Outcome::Fail, value, min, max,
                 std::move(unit), std::move(source), std::move(detail)};
    return c;
}

PhotoCheck unmeasured(CheckId id, std::string unit, std::string source, std::string detail, double min = 0,
                      double max = 0)
{
    return PhotoCheck{id, Outcome::NotMeasured, 0, min, max, std::move(unit), std::move(source), std::move(detail)};
}

constexpr int kGreyTile = 64;

std::string percent(double fraction)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f %%", fraction * 100);
    return text;
}

}  // namespace

std::vector<ReviewItem> standingReviewItems()
{
    return {
        {"review.no_glasses", "Không đeo kính", "No glasses"},
        {"review.ears_visible", "Để lộ rõ khuôn mặt và hai tai", "Face and both ears visible"},
        {"review.head_bare", "Đầu để trần, không đội mũ", "Head bare, no hat or headscarf"},
        {"review.neutral_expression", "Nét mặt tự nhiên, không cười", "Neutral expression, no smile"},
        {"review.attire", "Trang phục lịch sự", "Polite dress"},
    };
}

Result<std::unique_ptr<PhotoAnalyzer>> PhotoAnalyzer::create(Mode mode, PhotoRules rules,
                                                             const std::filesystem::path &cascadeDir)
{
    auto finder = FaceFinder::create(mode, cascadeDir);
    if (!finder) {
        return unexpected(finder.error());
    }
    return std::unique_ptr<PhotoAnalyzer>(new PhotoAnalyzer(std::move(*finder), rules, mode));
}

void PhotoAnalyzer::needGrey(const cv::Mat &bgr, cv::Rect region)
{
    region &= cv::Rect(0, 0, bgr.cols, bgr.rows);
    if (region.empty()) {
        return;
    }
    const int tilesX = (bgr.cols + kGreyTile - 1) / kGreyTile;
    const int x0 = region.x / kGreyTile, x1 = (region.x + region.width - 1) / kGreyTile;
    const int y0 = region.y / kGreyTile, y1 = (region.y + region.height - 1) / kGreyTile;
    for (int ty = y0; ty <= y1; ++ty) {
        unsigned char *done = m_tileDone.data() + static_cast<size_t>(ty) * tilesX;
        for (int tx = x0; tx <= x1;) {
            if (done[tx]) {
                ++tx;
                continue;
            }
            int end = tx;
            while (end <= x1 && !done[end]) {
                done[end++] = 1;
            }
            const cv::Rect run = cv::Rect(tx * kGreyTile, ty * kGreyTile, (end - tx) * kGreyTile, kGreyTile) &
                                 cv::Rect(0, 0, bgr.cols, bgr.rows);
            cv::Mat dst = m_grey(run);
            cv::cvtColor(bgr(run), dst, cv::COLOR_BGR2GRAY);
            tx = end;
        }
    }
}

PhotoReport PhotoAnalyzer::analyze(const cv::Mat &frame)
{
    const PhotoRules &r = m_rules;
    PhotoReport report;
    report.frameSize = frame.size();
    report.reviewItems = standingReviewItems();
    cv::Mat grey;
    cv::Mat bgr = frame;
    // Live mode converts to grey only the tiles the detector and measures
    // read (bit-identical to converting the whole frame); still mode and grey
    // input convert once.
    const bool lazy = frame.channels() == 3 && frame.depth() == CV_8U && m_mode == Mode::Live;
    if (frame.channels() == 1) {
        grey = frame;
        cv::cvtColor(frame, bgr, cv::COLOR_GRAY2BGR);
    } else if (lazy) {
        m_grey.create(frame.size(), CV_8UC1);
        grey = m_grey;
        const size_t tiles = static_cast<size_t>((frame.cols + kGreyTile - 1) / kGreyTile) *
                             static_cast<size_t>((frame.rows + kGreyTile - 1) / kGreyTile);
        m_tileDone.assign(tiles, 0);
    } else {
        cv::cvtColor(frame, grey, cv::COLOR_BGR2GRAY);
    }
    const auto need = [&](const cv::Rect2d &r) {
        if (lazy) {
            needGrey(frame, cv::Rect(r));
        }
    };
    if (lazy) {
        m_finder->needGrey = [this, &frame](cv::Rect r) { needGrey(frame, r); };
    } else {
        m_finder->needGrey = nullptr;
    }
    const FaceSearch search = m_finder->find(grey);
    report.faceCount = static_cast<int>(search.faces.size());
    report.checks.push_back(range(CheckId::FaceCount, report.faceCount, 1, 1, "faces", kIcao));
    if (search.faces.empty()) {
        for (CheckId id : kAllChecks) {
            if (id != CheckId::FaceCount) {
                report.checks.push_back(unmeasured(id, "", "", "no face"));
            }
        }
        return report;
    }
    const FoundFace &found = search.faces.front();
    const FaceGeometry g = measureGeometry(found, frame.size(), r, m_proportions);
    report.face = g;
    const cv::Rect2d &box = g.face;
    const double headHeight = g.chinY - g.crownY;
    const bool bothEyes = g.leftEye && g.rightEye;

    // Centring: the face in the middle of the frame (the on-screen oval).
    const double offset = std::abs(box.x + box.width / 2 - frame.cols / 2.0) / frame.cols;
    report.checks.push_back(range(CheckId::Centring, offset, 0, r.maxCentreOffset, "ratio", kOurs,
                                  "horizontal offset of the face from the frame centre"));
    report.checks.push_back(range(CheckId::HeadSize, headHeight / g.crop.height, r.headRatioMin, r.headRatioMax,
                                  "ratio", kIcao, "chin to crown / crop height"));
    report.checks.push_back(range(CheckId::Resolution, g.crop.height, r.minSourceCropHeight, 1e9, "px", kOurs,
                                  "source rows behind the 900 px output"));
    report.checks.push_back(range(CheckId::EyeLine, (g.eyeMid.y - g.crop.y) / g.crop.height,
                                  r.eyeLineTarget - r.eyeLineTolerance, r.eyeLineTarget + r.eyeLineTolerance,
                                  "ratio", kPortal, "eye line from the crop top / crop height"));
    if (bothEyes) {
        report.checks.push_back(range(CheckId::Roll, g.rollDeg, -r.maxRollDeg, r.maxRollDeg, "deg", kIcao));
        // Coarse pose from where the eyes sit in the detector box (own model,
        // docs/photo.md): a turned head moves the eyes off the box centre, a
        // raised or lowered one moves the eye line up or down in the box.
        const double dx = (g.eyeMid.x - (box.x + box.width / 2)) / (0.5 * box.width);
        const double dy = ((g.eyeMid.y - box.y) / box.height - m_proportions.eyeInBox) / 0.5;
        report.checks.push_back(range(CheckId::Yaw, degrees(std::asin(std::clamp(dx, -1.0, 1.0))), -r.maxYawDeg,
                                      r.maxYawDeg, "deg", kIcao, "coarse estimate from the eye positions"));
        report.checks.push_back(range(CheckId::Pitch, degrees(std::asin(std::clamp(dy, -1.0, 1.0))),
                                      -r.maxPitchDeg, r.maxPitchDeg, "deg", kIcao,
                                      "coarse estimate from the eye line in the face box"));
    } else {
        for (CheckId id : {CheckId::Roll, CheckId::Yaw, CheckId::Pitch}) {
            report.checks.push_back(unmeasured(id, "deg", kIcao, "eyes not found"));
        }
    }
    const int eyes = (g.leftEye ? 1 : 0) + (g.rightEye ? 1 : 0);
    report.checks.push_back(range(CheckId::EyesOpen, eyes, 2, 2, "eyes", kIcao, "open eyes found by the eye cascade"));

    // Every grey measure below reads inside the face box or the background
    // patches (one box width either side, up to the crop top); 2 px for rounding.
    {
        const double y0 = std::min(g.crop.y, box.y) - 2;
        need(cv::Rect2d(box.x - box.width - 2, y0, 3 * box.width + 4, box.y + box.height + 2 - y0));
    }
    const FaceExposure exposure = faceExposure(grey, box);
    report.checks.push_back(range(CheckId::MouthClosed, mouthDarkFraction(grey, box, exposure.median), 0,
                                  r.maxMouthDarkFraction, "ratio", kOurs,
                                  "dark fraction of the mouth region (an open mouth)"));
    report.checks.push_back(range(CheckId::Glare, eyeGlareFraction(bgr, box), 0, r.maxGlareFraction, "ratio",
                                  kOurs, "reflections in the eye band"));
    {
        PhotoCheck c = range(CheckId::Exposure, exposure.median, r.faceLumaMin, r.faceLumaMax, "grey", kOurs);
        c.detail = "face median; clipped " + percent(exposure.clippedFraction) + ", crushed " +
                   percent(exposure.crushedFraction);
        if (exposure.clippedFraction > r.maxClippedFraction || exposure.crushedFraction > r.maxCrushedFraction) {
            c.outcome = Outcome::Fail;
        }
        report.checks.push_back(c);
    }
    report.checks.push_back(range(CheckId::Illumination, illuminationImbalance(grey, box), 0,
                                  r.maxIlluminationImbalance, "ratio", kOurs, "|left − right| / brighter cheek"));
    const BackgroundMeasure bg = measureBackground(bgr, grey, g.crop, box);
    if (bg.measured) {
        PhotoCheck c = range(CheckId::Background, bg.luma, r.backgroundLumaMin, 255, "grey",
                             "TK01 (white) + motcua calibration");
        char text[96];
        std::snprintf(text, sizeof text, "mean grey level; colour %.1f (max %.0f), texture %.1f (max %.0f)",
                      bg.chroma, r.maxBackgroundChroma, bg.stddev, r.maxBackgroundStddev);
        c.detail = text;
        if (bg.chroma > r.maxBackgroundChroma || bg.stddev > r.maxBackgroundStddev) {
            c.outcome = Outcome::Fail;
        }
        report.checks.push_back(c);
        report.checks.push_back(range(CheckId::BackgroundShadow, bg.spread, 0, r.maxBackgroundSpread, "grey", kOurs,
                                      "brightest − darkest background patch"));
    } else {
        report.checks.push_back(unmeasured(CheckId::Background, "grey", kOurs, "no background in view"));
        report.checks.push_back(unmeasured(CheckId::BackgroundShadow, "grey", kOurs, "no background in view"));
    }
    report.checks.push_back(range(CheckId::Sharpness, faceSharpness(grey, box), r.minSharpness, 1e12, "var", kOurs,
                                  "Laplacian variance, face at 128 px"));
    return report;
}

}  // namespace motcua::photo

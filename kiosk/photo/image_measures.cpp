#include "kiosk/photo/image_measures.h"

#include <algorithm>
#include <array>
#include <opencv2/imgproc.hpp>

namespace motcua::photo {
namespace {

cv::Rect inside(const cv::Rect2d &r, const cv::Mat &image)
{
    return cv::Rect(r) & cv::Rect(0, 0, image.cols, image.rows);
}

// A sub-rectangle of `face` in box fractions.
cv::Rect part(const cv::Rect2d &face, double x0, double y0, double x1, double y1, const cv::Mat &image)
{
    return inside(cv::Rect2d(face.x + x0 * face.width, face.y + y0 * face.height, (x1 - x0) * face.width,
                             (y1 - y0) * face.height),
                  image);
}

}  // namespace

double faceSharpness(const cv::Mat &grey, const cv::Rect2d &face)
{
    const cv::Rect inner = part(face, 0.15, 0.15, 0.85, 0.85, grey);
    if (inner.width < 8 || inner.height < 8) {
        return 0;
    }
    cv::Mat small, lap;
    const double scale = 128.0 / inner.width;
    cv::resize(grey(inner), small, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Laplacian(small, lap, CV_16S, 3);
    cv::Scalar mean, dev;
    cv::meanStdDev(lap, mean, dev);
    return dev[0] * dev[0];
}

FaceExposure faceExposure(const cv::Mat &grey, const cv::Rect2d &face)
{
    FaceExposure e;
    const cv::Rect inner = part(face, 0.2, 0.2, 0.8, 0.9, grey);
    if (inner.area() == 0) {
        return e;
    }
    std::array<int, 256> hist{};
    const cv::Mat roi = grey(inner);
    for (int y = 0; y < roi.rows; y += 2) {  // every other row and column: plenty of samples
        const uchar *row = roi.ptr<uchar>(y);
        for (int x = 0; x < roi.cols; x += 2) {
            ++hist[row[x]];
        }
    }
    int total = 0;
    for (int v : hist) {
        total += v;
    }
    int clipped = 0, crushed = 0, seen = 0;
    e.median = -1;
    for (int v = 0; v < 256; ++v) {
        seen += hist[v];
        if (e.median < 0 && seen * 2 >= total) {
            e.median = v;
        }
        clipped += v >= 250 ? hist[v] : 0;
        crushed += v <= 8 ? hist[v] : 0;
    }
    e.clippedFraction = static_cast<double>(clipped) / total;
    e.crushedFraction = static_cast<double>(crushed) / total;
    return e;
}

double illuminationImbalance(const cv::Mat &grey, const cv::Rect2d &face)
{
    const cv::Rect left = part(face, 0.12, 0.45, 0.40, 0.75, grey);
    const cv::Rect right = part(face, 0.60, 0.45, 0.88, 0.75, grey);
    if (left.area() == 0 || right.area() == 0) {
        return 0;
    }
    const double l = cv::mean(grey(left))[0], r = cv::mean(grey(right))[0];
    const double brighter = std::max(l, r);
    return brighter > 0 ? std::abs(l - r) / brighter : 0;
}

double mouthDarkFraction(const cv::Mat &grey, const cv::Rect2d &face, double faceMedian)
{
    const cv::Rect mouth = part(face, 0.30, 0.74, 0.70, 0.94, grey);
    if (mouth.area() == 0) {
        return 0;
    }
    cv::Mat dark;
    cv::threshold(grey(mouth), dark, 0.45 * faceMedian, 255, cv::THRESH_BINARY_INV);
    return static_cast<double>(cv::countNonZero(dark)) / mouth.area();
}

double eyeGlareFraction(const cv::Mat &bgr, const cv::Rect2d &face)
{
    const cv::Rect band = part(face, 0.10, 0.22, 0.90, 0.55, bgr);
    if (band.area() == 0) {
        return 0;
    }
    int glare = 0;
    const cv::Mat roi = bgr(band);
    for (int y = 0; y < roi.rows; ++y) {
        const cv::Vec3b *row = roi.ptr<cv::Vec3b>(y);
        for (int x = 0; x < roi.cols; ++x) {
            const auto &p = row[x];
            const int lo = std::min({p[0], p[1], p[2]}), hi = std::max({p[0], p[1], p[2]});
            glare += (lo >= 235 && hi - lo <= 20) ? 1 : 0;
        }
    }
    return static_cast<double>(glare) / band.area();
}

BackgroundMeasure measureBackground(const cv::Mat &bgr, const cv::Mat &grey, const cv::Rect2d &crop,
                                    const cv::Rect2d &face)
{
    BackgroundMeasure m;
    // Beside the head from the crown to the eyes, clear of hair up to 0.45
    // face widths beyond the box, and above the crown; kept inside the crop
    // where the crop is wide enough, else in the frame around it (the backdrop
    // continues there).
    const double w = face.width;
    const double top = std::max(crop.y, face.y - 0.55 * w);
    const double sideHeight = face.y + 0.35 * w - top;
    const cv::Rect2d patches[] = {
        {face.x - 1.0 * w, top, 0.55 * w, sideHeight},
        {face.x + 1.45 * w, top, 0.55 * w, sideHeight},
        {face.x + 0.1 * w, crop.y, 0.8 * w, std::max(0.0, face.y - 0.62 * w - crop.y)},
    };
    std::vector<double> means;
    double chroma = 0, stddev = 0;
    for (const auto &p : patches) {
        const cv::Rect r = inside(p, bgr);
        if (r.width < 4 || r.height < 4) {
            continue;
        }
        cv::Scalar mean, dev;
        cv::meanStdDev(grey(r), mean, dev);
        means.push_back(mean[0]);
        stddev += dev[0];
        const cv::Scalar c = cv::mean(bgr(r));
        chroma += std::max({c[0], c[1], c[2]}) - std::min({c[0], c[1], c[2]});
    }
    if (means.empty()) {
        return m;
    }
    m.measured = true;
    const double n = static_cast<double>(means.size());
    for (double v : means) {
        m.luma += v / n;
    }
    m.chroma = chroma / n;
    m.stddev = stddev / n;
    const auto [lo, hi] = std::minmax_element(means.begin(), means.end());
    m.spread = *hi - *lo;
    return m;
}

}  // namespace motcua::photo

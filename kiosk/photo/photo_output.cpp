#include "kiosk/photo/photo_output.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace motcua::photo {

Result<cv::Mat> cropPassportPhoto(const cv::Mat &frame, const PhotoReport &report, const PhotoRules &rules)
{
    if (!report.face || report.faceCount != 1) {
        return fail("photo.no_face", "no single face to crop");
    }
    const cv::Rect crop = cv::Rect(report.face->crop) & cv::Rect(0, 0, frame.cols, frame.rows);
    if (crop.area() == 0) {
        return fail("photo.no_face", "the crop lies outside the frame");
    }
    cv::Mat out;
    const cv::Size size(rules.outputWidth, rules.outputHeight);
    const bool shrinking = crop.height > size.height;
    cv::resize(frame(crop), out, size, 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_CUBIC);
    return out;
}

Result<std::vector<std::uint8_t>> encodeBaselineJpeg(const cv::Mat &image, std::size_t maxBytes)
{
    if (image.empty()) {
        return fail("photo.encode_failed", "nothing to encode");
    }
    std::vector<std::uint8_t> bytes;
    for (int quality = 92; quality >= 50; quality -= 6) {
        const std::vector<int> params = {cv::IMWRITE_JPEG_QUALITY, quality, cv::IMWRITE_JPEG_PROGRESSIVE, 0,
                                         cv::IMWRITE_JPEG_OPTIMIZE, 1};
        bytes.clear();
        if (!cv::imencode(".jpg", image, bytes, params)) {
            return fail("photo.encode_failed", "JPEG encoder refused the image");
        }
        if (bytes.size() <= maxBytes) {
            return bytes;
        }
    }
    return fail("photo.too_large", "JPEG stays above " + std::to_string(maxBytes) + " bytes at quality 50");
}

void BestFrameSelector::offer(const cv::Mat &frame, const PhotoReport &report)
{
    ++m_offered;
    if (!report.accepted()) {
        return;
    }
    const double score = report.score();
    if (!m_best || score > m_best->score) {
        m_best = Candidate{frame.clone(), report, score};
    }
}

void BestFrameSelector::keep(const cv::Mat &frame, const PhotoReport &report)
{
    ++m_offered;
    m_best = Candidate{frame.clone(), report, report.score()};
}

void BestFrameSelector::clear()
{
    m_best.reset();
    m_offered = 0;
}

}  // namespace motcua::photo

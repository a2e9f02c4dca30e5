#include "kiosk/scan/qr_decoder.h"

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace motcua {
namespace {

ZXing::DecodeHints hintsFor(bool tryHarder, bool tryDownscale = true)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(tryHarder);
    hints.setTryRotate(false);  // QR finder patterns are rotation-invariant
    hints.setTryDownscale(tryDownscale);
    return hints;
}

std::vector<DecodedCode> readAll(const cv::Mat &grey, const ZXing::DecodeHints &hints, cv::Point offset)
{
    const ZXing::ImageView view(grey.data, grey.cols, grey.rows, ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.step[0]));
    std::vector<DecodedCode> codes;
    for (const auto &result : ZXing::ReadBarcodes(view, hints)) {
        if (!result.isValid()) {
            continue;
        }
        DecodedCode code;
        code.text = result.text();
        const auto &position = result.position();
        for (int i = 0; i < 4; ++i) {
            code.corners[static_cast<size_t>(i)] = cv::Point(position[i].x, position[i].y) + offset;
        }
        codes.push_back(std::move(code));
    }
    return codes;
}

cv::Rect boundingBox(const std::vector<DecodedCode> &codes)
{
    std::vector<cv::Point> points;
    for (const auto &code : codes) {
        points.insert(points.end(), code.corners.begin(), code.corners.end());
    }
    return cv::boundingRect(points);
}

}  // namespace

cv::Mat toGrey(const cv::Mat &frame)
{
    if (frame.type() == CV_8UC1) {
        return frame;
    }
    cv::Mat grey;
    cv::cvtColor(frame, grey, frame.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    return grey;
}

std::vector<DecodedCode> QrDecoder::decode(const cv::Mat &frame)
{
    if (frame.empty() || frame.depth() != CV_8U) {
        return {};
    }
    const cv::Mat grey = toGrey(frame);
    const bool thorough = m_effort == Effort::Thorough;

    if (m_lastRegion) {
        const cv::Rect region = *m_lastRegion & cv::Rect(0, 0, grey.cols, grey.rows);
        if (region.area() > 0) {
            auto codes = readAll(grey(region), hintsFor(true), region.tl());
            if (!codes.empty()) {
                remember(codes, grey.size());
                return codes;
            }
        }
    }

    auto codes = readAll(grey, hintsFor(thorough, thorough), {});
    if (codes.empty() && thorough) {
        // Low contrast and glare: stretch local contrast, then try the
        // histogram binarizer, which copes with uneven light differently.
        cv::Mat equalised;
        cv::createCLAHE(3.0, cv::Size(8, 8))->apply(grey, equalised);
        codes = readAll(equalised, hintsFor(true), {});
        if (codes.empty()) {
            auto hints = hintsFor(true);
            hints.setBinarizer(ZXing::Binarizer::GlobalHistogram);
            codes = readAll(grey, hints, {});
        }
        if (codes.empty()) {
            cv::Mat sharpened;
            cv::GaussianBlur(grey, sharpened, cv::Size(0, 0), 2.0);
            cv::addWeighted(grey, 1.8, sharpened, -0.8, 0, sharpened);
            codes = readAll(sharpened, hintsFor(true), {});
        }
        if (codes.empty() && std::max(grey.cols, grey.rows) <= 1600) {
            // Small or soft codes: modules under ~2 px fall between the
            // binarizer's cells; doubling the size and sharpening helps.
            cv::Mat doubled, soft;
            cv::resize(grey, doubled, {}, 2.0, 2.0, cv::INTER_CUBIC);
            cv::GaussianBlur(doubled, soft, cv::Size(0, 0), 3.0);
            cv::addWeighted(doubled, 2.0, soft, -1.0, 0, doubled);
            codes = readAll(doubled, hintsFor(true), {});
            for (auto &code : codes) {
                for (auto &corner : code.corners) {
                    corner = cv::Point(corner.x / 2, corner.y / 2);
                }
            }
        }
    }
    remember(codes, grey.size());
    return codes;
}

void QrDecoder::remember(const std::vector<DecodedCode> &codes, const cv::Size &frameSize)
{
    if (codes.empty()) {
        // Keep the region for a few frames (hand shake, a blurred frame), then
        // drop it so that a card held elsewhere is not searched for in vain.
        if (m_lastRegion && ++m_missesInRegion > 5) {
            m_lastRegion.reset();
        }
        return;
    }
    m_missesInRegion = 0;
    cv::Rect box = boundingBox(codes);
    // Half the code's size of margin on each side: room for the card to move.
    const int marginX = std::max(16, box.width / 2);
    const int marginY = std::max(16, box.height / 2);
    box.x -= marginX;
    box.y -= marginY;
    box.width += 2 * marginX;
    box.height += 2 * marginY;
    m_lastRegion = box & cv::Rect(0, 0, frameSize.width, frameSize.height);
}

}  // namespace motcua

#include "kiosk/scan/qr_symbol.h"

#define ZX_USE_UTF8 1
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace motcua {

cv::Mat renderQrSymbol(const std::string &text, int size)
{
    try {
        const auto matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                .setEncoding(ZXing::CharacterSet::UTF8)
                                .setMargin(4)
                                .encode(text, size, size);
        const auto pixels = ZXing::ToMatrix<uint8_t>(matrix);
        return cv::Mat(pixels.height(), pixels.width(), CV_8UC1, const_cast<uint8_t *>(pixels.data())).clone();
    } catch (const std::exception &) {
        // zxing-cpp's writer throws on oversize input; errors stay inside.
        return {};
    }
}

}  // namespace motcua

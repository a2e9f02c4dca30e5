#include "kiosk/print/qr_code.h"

#include <qrencode.h>

#include <memory>

namespace motcua {

Result<QrMatrix> encodeQr(const std::string &payload)
{
    if (payload.empty()) {
        return fail("print.qr_empty", "nothing to encode in the QR code");
    }
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(payload.size()), reinterpret_cast<const unsigned char *>(payload.data()),
                          0, QR_ECLEVEL_Q),
        &QRcode_free);
    if (!code) {
        return fail("print.qr_encode", "the QR payload (" + std::to_string(payload.size()) + " bytes) cannot be encoded");
    }
    QrMatrix matrix;
    matrix.size = code->width;
    matrix.dark.resize(static_cast<size_t>(code->width) * code->width);
    for (size_t i = 0; i < matrix.dark.size(); ++i) {
        matrix.dark[i] = code->data[i] & 1;  // bit 0 = dark; the other bits describe the module's role
    }
    return matrix;
}

QImage renderQr(const QrMatrix &matrix, int moduleDots)
{
    const int side = (matrix.size + 2 * kQrQuietZoneModules) * moduleDots;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            if (!matrix.isDark(x, y)) {
                continue;
            }
            const int left = (x + kQrQuietZoneModules) * moduleDots;
            const int top = (y + kQrQuietZoneModules) * moduleDots;
            for (int dy = 0; dy < moduleDots; ++dy) {
                uchar *row = image.scanLine(top + dy);
                std::fill(row + left, row + left + moduleDots, uchar{0});
            }
        }
    }
    return image;
}

}  // namespace motcua

#pragma once
// QR codes for paper: libqrencode, error correction Q (25 % of the symbol can
// be smudged or torn, which thermal paper does), and a 4-module quiet zone as
// ISO/IEC 18004 asks, drawn as whole dots so no module is blurred.
#include <QImage>
#include <cstdint>
#include <string>
#include <vector>

#include "kiosk/core/result.h"

namespace motcua {

struct QrMatrix {
    int size = 0;                // modules per side, without the quiet zone
    std::vector<uint8_t> dark;   // size × size, row-major, 1 = dark

    bool isDark(int x, int y) const { return dark[static_cast<size_t>(y) * size + x] != 0; }
};

inline constexpr int kQrQuietZoneModules = 4;

// Encodes UTF-8 bytes as they are (8-bit mode). Fails when empty or too long.
Result<QrMatrix> encodeQr(const std::string &payload);

// The symbol with its quiet zone, black on white, `moduleDots` dots per module.
QImage renderQr(const QrMatrix &matrix, int moduleDots);

}  // namespace motcua

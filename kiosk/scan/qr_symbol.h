#pragma once
// A QR symbol as an image, drawn with zxing-cpp's writer: for benchmarks,
// self-tests and the camera simulator. Receipts are laid out by kiosk/print.
#include <string>

#include <opencv2/core.hpp>

namespace motcua {

// Black-on-white 8-bit image about `size` pixels square, UTF-8 `text` in byte
// mode, 4-module quiet zone. Empty on failure (text too long).
cv::Mat renderQrSymbol(const std::string &text, int size);

}  // namespace motcua

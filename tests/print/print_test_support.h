#pragma once
// Shared by the print tests: a headless QGuiApplication (fonts need one),
// sample ticket and receipt with fixed dates, and reading QR codes back.
#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <filesystem>
#include <optional>
#include <string>

#include "kiosk/print/print_content.h"

namespace motcua::test {

void ensureGuiApplication();
QueueTicket sampleTicket();
ApplicationReceipt sampleReceipt();
// The text of the first QR code zxing-cpp finds in the image.
std::optional<std::string> decodeQr(const QImage &image);
std::filesystem::path printDataDir();
// The first page's MediaBox in points, read from the PDF text (QPdfWriter does not compress it).
std::optional<QSizeF> pdfPageSizePt(const QByteArray &pdf);  // tests/data/print in the source tree

}  // namespace motcua::test

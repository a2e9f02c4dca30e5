#pragma once
// Paints a PrintDocument for a paper: a grayscale PNG of the printable column
// (golden tests, screens, screenshots) and a PDF page (what goes to CUPS).
// Both come from the same measuring and painting code, so what the tests see
// is what the printer gets. Safe to call off the UI thread.
#include <QByteArray>
#include <QImage>

#include "kiosk/core/result.h"
#include "kiosk/print/paper_format.h"
#include "kiosk/print/print_document.h"

namespace motcua {

// The printable column, paper.printableWidthDots() wide, as long as the content.
Result<QImage> renderImage(const PrintDocument &document, const PaperFormat &paper);

// One PDF page: paper.widthMm wide; a roll page is as long as the content.
Result<QByteArray> renderPdf(const PrintDocument &document, const PaperFormat &paper);

}  // namespace motcua

#pragma once
// Builds the printer the configuration names: "cups" (libcups), "fake"
// (failure injection from MOTCUA_FAKE_PRINTER_FAULT) or "none" (nullptr).
#include <memory>

#include "kiosk/core/config.h"
#include "kiosk/core/result.h"
#include "kiosk/print/printer.h"

namespace motcua {

Result<std::unique_ptr<Printer>> makePrinter(const PrinterConfig &config);

}  // namespace motcua

#include "drivers/printer/printer_factory.h"

#include <cstdlib>

#include "drivers/printer/cups_printer.h"
#include "drivers/printer/fake_printer.h"

namespace motcua {

Result<std::unique_ptr<Printer>> makePrinter(const PrinterConfig &config)
{
    if (config.backend == "cups") {
        CupsPrinterOptions options;
        options.destination = config.destination;
        options.server = config.server;
        return std::unique_ptr<Printer>(std::make_unique<CupsPrinter>(options));
    }
    if (config.backend == "fake") {
        const char *fault = std::getenv("MOTCUA_FAKE_PRINTER_FAULT");
        return std::unique_ptr<Printer>(std::make_unique<FakePrinter>(
            config.destination.empty() ? "fake" : config.destination, fault == nullptr ? "" : fault));
    }
    if (config.backend == "none") {
        return std::unique_ptr<Printer>{};
    }
    return fail("printer.backend", "unknown printer backend \"" + config.backend + "\" (cups, fake or none)");
}

}  // namespace motcua

#pragma once
// What `motcua print` and `motcua bench print` share: the printer chosen by
// config or flags, and a ticket built from the site configuration.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "kiosk/core/config.h"
#include "kiosk/core/result.h"
#include "kiosk/print/print_content.h"
#include "kiosk/print/printer.h"

namespace motcua::cli {

struct PrinterFlags {
    std::string backend;      // overrides devices.printer.backend
    std::string destination;  // overrides devices.printer.destination
    std::string server;       // CUPS server host:port (default: CUPS_SERVER, client.conf)
    std::string fault;        // fake backend: injected fault
    std::string paper = "80mm";
};

void addPrinterFlags(CLI::App &command, PrinterFlags &flags);
Result<std::unique_ptr<Printer>> printerFor(const Config &config, const PrinterFlags &flags);
QueueTicket ticketFor(const Config &config, const std::string &number, const std::string &service, int ahead,
                      int waitMinutes);

}  // namespace motcua::cli

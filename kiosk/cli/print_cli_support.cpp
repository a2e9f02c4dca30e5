#include "kiosk/cli/print_cli_support.h"

#include <chrono>

#include "drivers/printer/cups_printer.h"
#include "drivers/printer/fake_printer.h"
#include "drivers/printer/printer_factory.h"

namespace motcua::cli {

void addPrinterFlags(CLI::App &command, PrinterFlags &flags)
{
    command.add_option("--printer", flags.backend, "Printer backend: cups or fake (default: from config)")
        ->check(CLI::IsMember({"cups", "fake"}));
    command.add_option("--destination", flags.destination, "CUPS queue (default: from config, else CUPS default)");
    command.add_option("--server", flags.server, "CUPS server HOST:PORT (default: CUPS_SERVER or client.conf)");
    command.add_option("--fault", flags.fault, "Fake printer: inject media-empty, media-jam, cover-open, offline, stopped …");
    command.add_option("--paper", flags.paper, "80mm or a4")->check(CLI::IsMember({"80mm", "a4"}));
}

Result<std::unique_ptr<Printer>> printerFor(const Config &config, const PrinterFlags &flags)
{
    PrinterConfig printer = config.devices.printer;
    if (!flags.backend.empty()) {
        printer.backend = flags.backend;
    }
    if (!flags.destination.empty()) {
        printer.destination = flags.destination;
    }
    if (printer.backend == "cups") {
        CupsPrinterOptions options;
        options.destination = printer.destination;
        options.server = flags.server;
        return std::unique_ptr<Printer>(std::make_unique<CupsPrinter>(options));
    }
    if (printer.backend == "fake" && !flags.fault.empty()) {
        return std::unique_ptr<Printer>(std::make_unique<FakePrinter>("fake", flags.fault));
    }
    auto made = makePrinter(printer);
    if (made && !*made) {
        return fail("printer.none", "no printer configured (devices.printer.backend = none); use --printer cups|fake");
    }
    return made;
}

QueueTicket ticketFor(const Config &config, const std::string &number, const std::string &service, int ahead,
                      int waitMinutes)
{
    using namespace std::chrono;
    QueueTicket ticket;
    ticket.siteName = config.site.name;
    ticket.siteAddress = config.site.address;
    ticket.serviceName = service;
    ticket.number = number;
    ticket.issuedAt = floor<seconds>(system_clock::now());
    ticket.peopleAhead = ahead;
    ticket.estimatedWaitMinutes = waitMinutes;
    // The portal's status page for this ticket (motcua's own contract; see docs/printing.md).
    const auto day = floor<days>(ticket.issuedAt + hours(7));
    const year_month_day ymd{day};
    char date[16];
    std::snprintf(date, sizeof(date), "%04d%02u%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    ticket.statusUrl = config.devices.portal.url + "/status/ticket/" + config.site.id + "/" + date + "-" + number;
    return ticket;
}

}  // namespace motcua::cli

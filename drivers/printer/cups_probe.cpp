#include "drivers/printer/cups_probe.h"

#include "drivers/printer/printer_factory.h"

namespace motcua {

HealthCheck probePrinter(const PrinterConfig &config)
{
    const std::string name = "printer";
    if (config.backend == "none") {
        return HealthCheck::skipped(name, "no printer configured");
    }
    auto printer = makePrinter(config);
    if (!printer || !*printer) {
        return HealthCheck::failed(name, printer ? "no printer" : printer.error().message);
    }
    auto status = (*printer)->status();
    if (!status) {
        return HealthCheck::failed(name, status.error().message);
    }
    std::string detail = config.backend + " queue " + status->destination;
    if (const auto problem = status->blockingProblem()) {
        return HealthCheck::failed(name, detail + ": " + problem->code);
    }
    if (status->state == PrinterState::Stopped || !status->acceptingJobs) {
        return HealthCheck::failed(name, detail + " is stopped or not accepting jobs");
    }
    for (const auto &problem : status->problems) {
        detail += " (" + problem.code + ")";
    }
    return HealthCheck::ok(name, detail + (status->state == PrinterState::Processing ? " printing" : " idle"));
}

}  // namespace motcua

#include "drivers/printer/cups_probe.h"

#include <cups/cups.h>

#include <string>

namespace motcua {

HealthCheck probePrinter(const PrinterConfig &config)
{
    const std::string name = "printer";
    if (config.backend == "none") {
        return HealthCheck::skipped(name, "no printer configured");
    }
    if (config.backend == "fake") {
        return HealthCheck::ok(name, "fake printer (fault injection)");
    }
    cups_dest_t *dest = cupsGetNamedDest(CUPS_HTTP_DEFAULT,
                                         config.destination.empty() ? nullptr : config.destination.c_str(), nullptr);
    if (dest == nullptr) {
        return HealthCheck::failed(name, config.destination.empty()
                                             ? std::string("CUPS has no default printer (") + cupsLastErrorString() + ")"
                                             : "CUPS has no printer named " + config.destination);
    }
    const char *state = cupsGetOption("printer-state", dest->num_options, dest->options);
    const char *reasons = cupsGetOption("printer-state-reasons", dest->num_options, dest->options);
    std::string detail = std::string("CUPS queue ") + dest->name;
    const std::string stateText = state == nullptr ? "" : state;
    const std::string reasonsText = reasons == nullptr ? "" : reasons;
    cupsFreeDests(1, dest);
    if (stateText == "5") {
        return HealthCheck::failed(name, detail + " is stopped (" + reasonsText + ")");
    }
    detail += stateText == "4" ? " printing" : " idle";
    if (!reasonsText.empty() && reasonsText != "none") {
        detail += " (" + reasonsText + ")";
    }
    return HealthCheck::ok(name, detail);
}

}  // namespace motcua

#include "drivers/scanner/scanner_probe.h"

#include "drivers/scanner/hid_pos_scanner.h"

#include <fcntl.h>
#include <unistd.h>

namespace motcua {

HealthCheck probeScanner(const ScannerConfig &config)
{
    const std::string name = "scanner";
    if (config.backend == "none") {
        return HealthCheck::skipped(name, "no scanner configured");
    }
    if (config.backend == "fake") {
        return HealthCheck::ok(name, "fake scanner (fault injection)");
    }
    if (config.backend == "keyboard") {
        // A keyboard-wedge scanner types into the focused field; nothing to open.
        return HealthCheck::ok(name, "keyboard-wedge input");
    }
    if (config.backend == "hidpos" && config.device.empty()) {
        auto found = HidPosScanner::findDevice();
        return found ? HealthCheck::ok(name, "HID-POS scanner at " + *found)
                     : HealthCheck::failed(name, found.error().message);
    }
    if (config.device.empty()) {
        return HealthCheck::failed(name, "serial backend needs devices.scanner.device");
    }
    const int fd = ::open(config.device.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        return HealthCheck::failed(name, "cannot open " + config.device);
    }
    ::close(fd);
    return HealthCheck::ok(name, config.backend + " device " + config.device + " opens");
}

}  // namespace motcua

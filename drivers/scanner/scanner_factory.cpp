#include "drivers/scanner/scanner_factory.h"

#include "drivers/scanner/fake_scanner.h"
#include "drivers/scanner/hid_pos_scanner.h"
#include "drivers/scanner/keyboard_wedge_scanner.h"
#include "drivers/scanner/serial_scanner.h"

namespace motcua {

Result<std::unique_ptr<CodeScanner>> makeCodeScanner(const ScannerConfig &config)
{
    if (config.backend == "keyboard") {
        return std::unique_ptr<CodeScanner>(std::make_unique<KeyboardWedgeScanner>());
    }
    if (config.backend == "serial") {
        if (config.device.empty()) {
            return fail("scanner.device", "serial scanner backend needs devices.scanner.device");
        }
        return std::unique_ptr<CodeScanner>(std::make_unique<SerialScanner>(config.device));
    }
    if (config.backend == "hidpos") {
        // An empty device: the first /dev/hidraw* declaring usage page 0x8C, found at start().
        return std::unique_ptr<CodeScanner>(std::make_unique<HidPosScanner>(config.device));
    }
    if (config.backend == "fake") {
        return std::unique_ptr<CodeScanner>(std::make_unique<FakeScanner>());
    }
    if (config.backend == "none") {
        return fail("scanner.disabled", "no code scanner configured");
    }
    return fail("scanner.backend", "unknown scanner backend '" + config.backend + "'");
}

}  // namespace motcua

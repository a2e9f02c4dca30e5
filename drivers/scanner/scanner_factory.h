#pragma once
// Builds the code scanner named by devices.scanner.backend.
#include <memory>

#include "kiosk/core/config.h"
#include "kiosk/core/result.h"
#include "kiosk/scan/code_scanner.h"

namespace motcua {

// keyboard | serial | hidpos | fake; "none" and unknown names are errors
// (scanner.disabled, scanner.backend, scanner.device).
Result<std::unique_ptr<CodeScanner>> makeCodeScanner(const ScannerConfig &config);

}  // namespace motcua

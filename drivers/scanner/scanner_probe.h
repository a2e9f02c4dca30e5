#pragma once
#include "kiosk/core/config.h"
#include "kiosk/core/health_check.h"

namespace motcua {

// Checks the configured code scanner backend can be reached.
HealthCheck probeScanner(const ScannerConfig &config);

}  // namespace motcua

#pragma once
#include "kiosk/core/config.h"
#include "kiosk/core/health_check.h"

namespace motcua {

// Asks CUPS for the configured destination and its state.
HealthCheck probePrinter(const PrinterConfig &config);

}  // namespace motcua

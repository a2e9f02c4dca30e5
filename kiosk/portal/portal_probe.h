#pragma once
#include "kiosk/core/config.h"
#include "kiosk/core/health_check.h"

namespace motcua {

// GET {url}/health over HTTPS with certificate verification on.
HealthCheck probePortal(const PortalConfig &config);

}  // namespace motcua

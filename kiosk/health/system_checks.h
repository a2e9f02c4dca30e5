#pragma once
// The checks that need no screen: configuration, database, every device
// backend, the portal link. Shared by `motcua doctor` and the kiosk's
// --self-test, which adds its own UI checks.
#include "kiosk/core/config.h"
#include "kiosk/core/health_check.h"

namespace motcua {

HealthCheck checkConfig(const Config &config);
HealthCheck checkStore(const Config &config);
HealthReport checkDevices(const Config &config);

HealthReport runSystemChecks(const Config &config);

}  // namespace motcua

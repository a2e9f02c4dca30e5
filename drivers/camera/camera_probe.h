#pragma once
#include "kiosk/core/config.h"
#include "kiosk/core/health_check.h"

namespace motcua {

// Opens the configured camera backend and reads one frame.
HealthCheck probeCamera(const CameraConfig &config);

}  // namespace motcua

#pragma once
// The camera named by devices.camera.backend: "v4l2" (device), "file"
// (source: a video or an image sequence; default the bundled sample), "fake",
// or "none" (no camera: "camera.none").
#include <memory>

#include "kiosk/core/config.h"
#include "kiosk/core/result.h"
#include "kiosk/photo/camera.h"

namespace motcua {

Result<std::unique_ptr<photo::Camera>> makeCamera(const CameraConfig &config);

}  // namespace motcua

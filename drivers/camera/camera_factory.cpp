#include "drivers/camera/camera_factory.h"

#include <cstdlib>
#include <string_view>

#include "drivers/camera/fake_camera.h"
#include "drivers/camera/opencv_camera.h"
#include "kiosk/core/data_paths.h"

namespace motcua {

Result<std::unique_ptr<photo::Camera>> makeCamera(const CameraConfig &config)
{
    if (config.backend == "v4l2") {
        return std::unique_ptr<photo::Camera>(new OpenCvCamera(OpenCvCamera::Source::V4l2Device, config.device));
    }
    if (config.backend == "file") {
        const std::string source = config.source.empty()
                                       ? (assetDirectory() / "samples" / "photo-astronaut.avi").string()
                                       : config.source;
        CaptureSettings settings;
        settings.fps = 15;  // the sample's rate
        return std::unique_ptr<photo::Camera>(new OpenCvCamera(OpenCvCamera::Source::File, source, settings));
    }
    if (config.backend == "fake") {
        // `source` names the faults to inject, e.g. "unplug_after=20",
        // "freeze_after=40", "no_device" (demos and tests of the error screens).
        FakeCameraFaults faults;
        const std::string &spec = config.source;
        const auto number = [&](std::string_view key) {
            const auto at = spec.find(key);
            return at == std::string::npos ? -1 : std::atoi(spec.c_str() + at + key.size());
        };
        faults.noDevice = spec.find("no_device") != std::string::npos;
        faults.unplugAfterFrames = number("unplug_after=");
        faults.freezeAfterFrames = number("freeze_after=");
        return std::unique_ptr<photo::Camera>(new FakeCamera({}, faults));
    }
    if (config.backend == "none") {
        return fail("camera.none", "no camera configured");
    }
    return fail("camera.unknown_backend", "unknown camera backend: " + config.backend);
}

}  // namespace motcua

#include "drivers/camera/camera_factory.h"

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
        return std::unique_ptr<photo::Camera>(new FakeCamera());
    }
    if (config.backend == "none") {
        return fail("camera.none", "no camera configured");
    }
    return fail("camera.unknown_backend", "unknown camera backend: " + config.backend);
}

}  // namespace motcua

#include "drivers/camera/camera_probe.h"

#include <filesystem>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/videoio.hpp>

namespace motcua {

HealthCheck probeCamera(const CameraConfig &config)
{
    const std::string name = "camera";
    if (config.backend == "none") {
        return HealthCheck::skipped(name, "no camera configured");
    }
    if (config.backend == "fake") {
        return HealthCheck::ok(name, "fake camera (fault injection)");
    }
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);
    cv::VideoCapture capture;
    if (config.backend == "v4l2") {
        if (!std::filesystem::exists(config.device)) {
            return HealthCheck::failed(name, "no device at " + config.device);
        }
        capture.open(config.device, cv::CAP_V4L2);
    } else {
        if (config.source.empty() || !std::filesystem::exists(config.source)) {
            return HealthCheck::failed(name, "file source not found: " + config.source);
        }
        capture.open(config.source, cv::CAP_ANY);
    }
    if (!capture.isOpened()) {
        return HealthCheck::failed(name, config.backend + ": cannot open");
    }
    cv::Mat frame;
    if (!capture.read(frame) || frame.empty()) {
        return HealthCheck::failed(name, config.backend + ": opened but no frame arrived");
    }
    return HealthCheck::ok(name, config.backend + ": " + std::to_string(frame.cols) + "x" +
                                     std::to_string(frame.rows) + " frame read");
}

}  // namespace motcua

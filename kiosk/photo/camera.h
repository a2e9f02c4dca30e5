#pragma once
// The seam for cameras (OpenCV VideoCapture on V4L2, a file or video source,
// a fake with failure injection); backends live in drivers/camera. A camera
// grabs on its own thread and keeps only the newest frame: a slow consumer
// skips frames, it never receives a queue of old ones.
#include <chrono>
#include <cstdint>
#include <string_view>

#include <opencv2/core.hpp>

#include "kiosk/core/result.h"

namespace motcua::photo {

struct CameraFrame {
    cv::Mat image;          // 8-bit BGR, owned by this frame (the camera never writes into it again)
    std::uint64_t sequence = 0;  // 1, 2, 3 … per start(); gaps are dropped frames
    std::chrono::steady_clock::time_point captured;
};

class Camera {
public:
    virtual ~Camera() = default;
    // Opens the device and starts grabbing. Errors: "camera.no_device",
    // "camera.open_failed".
    virtual Status start() = 0;
    virtual void stop() = 0;
    // The newest frame with a sequence above `after`, waiting up to `timeout`.
    // Errors: "camera.not_started", "camera.disconnected" (the device went
    // away), "camera.timeout" (no new frame in time), "camera.frozen" (frames
    // keep arriving but never change: a stuck sensor or driver).
    virtual Result<CameraFrame> nextFrame(std::uint64_t after, std::chrono::milliseconds timeout) = 0;
    virtual std::string_view backendName() const = 0;
};

}  // namespace motcua::photo

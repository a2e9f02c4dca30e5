#pragma once
// A camera through OpenCV's VideoCapture: a V4L2 device (MJPEG 1280x720 at
// 30 fps preferred, configurable) or a file source (video file or image
// sequence such as frames/%03d.jpg, looped and paced at `fps`). A worker
// thread grabs; the newest frame wins.
#include <atomic>
#include <string>
#include <thread>

#include "drivers/camera/latest_frame_slot.h"
#include "kiosk/photo/camera.h"

namespace motcua {

struct CaptureSettings {
    int width = 1280, height = 720, fps = 30;
    bool mjpeg = true;
};

class OpenCvCamera : public photo::Camera {
public:
    enum class Source { V4l2Device, File };
    OpenCvCamera(Source source, std::string location, CaptureSettings settings = {});
    ~OpenCvCamera() override;

    Status start() override;
    void stop() override;
    Result<photo::CameraFrame> nextFrame(std::uint64_t after, std::chrono::milliseconds timeout) override;
    std::string_view backendName() const override { return m_source == Source::File ? "file" : "v4l2"; }

private:
    void grabLoop();

    Source m_source;
    std::string m_location;
    CaptureSettings m_settings;
    LatestFrameSlot m_slot;
    std::atomic<bool> m_running{false};
    std::thread m_worker;
};

}  // namespace motcua

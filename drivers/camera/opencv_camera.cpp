#include "drivers/camera/opencv_camera.h"

#include <filesystem>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/videoio.hpp>

#include "kiosk/photo/frozen_frame_detector.h"

namespace motcua {

OpenCvCamera::OpenCvCamera(Source source, std::string location, CaptureSettings settings)
    : m_source(source), m_location(std::move(location)), m_settings(settings)
{
}

OpenCvCamera::~OpenCvCamera() { stop(); }

Status OpenCvCamera::start()
{
    if (m_running) {
        return {};
    }
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);
    const bool pattern = m_location.find('%') != std::string::npos;  // image sequence
    if (!pattern && !std::filesystem::exists(m_location)) {
        return fail("camera.no_device", (m_source == Source::File ? "camera source not found: " : "no camera at ") +
                                            m_location);
    }
    m_slot.reset();
    m_running = true;
    m_worker = std::thread([this] { grabLoop(); });
    return {};
}

void OpenCvCamera::stop()
{
    m_running = false;
    if (m_worker.joinable()) {
        m_worker.join();
    }
}

Result<photo::CameraFrame> OpenCvCamera::nextFrame(std::uint64_t after, std::chrono::milliseconds timeout)
{
    if (!m_running && !m_worker.joinable()) {
        return fail("camera.not_started", "the camera has not been started");
    }
    return m_slot.next(after, timeout);
}

void OpenCvCamera::grabLoop()
{
    cv::VideoCapture capture;
    if (m_source == Source::V4l2Device) {
        capture.open(m_location, cv::CAP_V4L2);
        if (capture.isOpened()) {
            if (m_settings.mjpeg) {
                capture.set(cv::CAP_PROP_FOURCC, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'));
            }
            capture.set(cv::CAP_PROP_FRAME_WIDTH, m_settings.width);
            capture.set(cv::CAP_PROP_FRAME_HEIGHT, m_settings.height);
            capture.set(cv::CAP_PROP_FPS, m_settings.fps);
            capture.set(cv::CAP_PROP_BUFFERSIZE, 1);  // the driver keeps as little as it can too
        }
    } else {
        capture.open(m_location, cv::CAP_ANY);
    }
    if (!capture.isOpened()) {
        m_slot.putError({"camera.open_failed", std::string(backendName()) + ": cannot open the camera"});
        m_running = false;
        return;
    }
    photo::FrozenFrameDetector frozen;
    const auto period = std::chrono::microseconds(1'000'000 / std::max(1, m_settings.fps));
    auto due = std::chrono::steady_clock::now();
    while (m_running) {
        cv::Mat frame;  // a fresh buffer each time: frames already handed out stay intact
        if (!capture.read(frame) || frame.empty()) {
            if (m_source == Source::File) {
                capture.set(cv::CAP_PROP_POS_FRAMES, 0);  // loop the sample
                if (capture.read(frame) && !frame.empty()) {
                    goto deliver;
                }
                capture.release();
                capture.open(m_location, cv::CAP_ANY);
                if (capture.isOpened() && capture.read(frame) && !frame.empty()) {
                    goto deliver;
                }
            }
            m_slot.putError({"camera.disconnected", std::string(backendName()) + ": the camera stopped delivering"});
            m_running = false;
            return;
        }
    deliver:
        if (m_source == Source::V4l2Device && frozen.frozen(frame)) {
            m_slot.putError({"camera.frozen", "the camera delivers the same frame over and over"});
            m_running = false;
            return;
        }
        m_slot.put(std::move(frame));
        if (m_source == Source::File) {  // a device paces itself; a file is read as fast as the disk allows
            due += period;
            std::this_thread::sleep_until(due);
        }
    }
}

}  // namespace motcua

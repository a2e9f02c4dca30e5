#include "drivers/camera/fake_camera.h"

namespace motcua {

FakeCamera::FakeCamera(cv::Mat scene, FakeCameraFaults f) : faults(f), m_scene(std::move(scene))
{
    if (m_scene.empty()) {
        m_scene = cv::Mat(720, 1280, CV_8UC3, cv::Scalar(235, 235, 235));
    }
}

FakeCamera::~FakeCamera() { stop(); }

Status FakeCamera::start()
{
    if (faults.noDevice) {
        return fail("camera.no_device", "no camera connected (fake)");
    }
    m_slot.reset();
    m_frozen.reset();
    m_produced = 0;
    m_failed = false;
    m_started = true;
    if (!m_manual) {
        m_running = true;
        m_worker = std::thread([this] { loop(); });
    }
    return {};
}

void FakeCamera::stop()
{
    m_running = false;
    if (m_worker.joinable()) {
        m_worker.join();
    }
    m_started = false;
}

void FakeCamera::pump()
{
    if (m_failed) {
        return;
    }
    if (faults.unplugAfterFrames >= 0 && m_produced >= faults.unplugAfterFrames) {
        m_failed = true;
        m_slot.putError({"camera.disconnected", "the camera was unplugged (fake)"});
        return;
    }
    cv::Mat frame;
    if (faults.freezeAfterFrames >= 0 && m_produced >= faults.freezeAfterFrames && !m_last.empty()) {
        frame = m_last.clone();
    } else {
        cv::Mat noise(m_scene.size(), m_scene.type());
        cv::RNG rng(static_cast<uint64_t>(m_produced) + 1);  // deterministic "sensor noise"
        rng.fill(noise, cv::RNG::UNIFORM, 0, 3);
        frame = m_scene + noise;
    }
    ++m_produced;
    m_last = frame;
    if (m_frozen.frozen(frame)) {
        m_failed = true;
        m_slot.putError({"camera.frozen", "the camera delivers the same frame over and over (fake)"});
        return;
    }
    m_slot.put(frame.clone());
}

void FakeCamera::loop()
{
    auto due = std::chrono::steady_clock::now();
    while (m_running && !m_failed) {
        pump();
        due += std::chrono::milliseconds(33);
        std::this_thread::sleep_until(due);
    }
}

Result<photo::CameraFrame> FakeCamera::nextFrame(std::uint64_t after, std::chrono::milliseconds timeout)
{
    if (!m_started) {
        return fail("camera.not_started", "the camera has not been started");
    }
    return m_slot.next(after, timeout);
}

}  // namespace motcua

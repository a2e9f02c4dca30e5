#pragma once
// A camera without hardware for tests and demos: delivers a given frame (with
// a little noise so frames differ, as a sensor's do) and fails on request —
// no device at start, unplugged after N frames, frozen after N frames.
#include <atomic>
#include <thread>

#include "drivers/camera/latest_frame_slot.h"
#include "kiosk/photo/camera.h"
#include "kiosk/photo/frozen_frame_detector.h"

namespace motcua {

struct FakeCameraFaults {
    bool noDevice = false;
    int unplugAfterFrames = -1;  // -1: never
    int freezeAfterFrames = -1;  // from then on the same frame, bit for bit
};

class FakeCamera : public photo::Camera {
public:
    explicit FakeCamera(cv::Mat scene = {}, FakeCameraFaults faults = {});
    ~FakeCamera() override;

    Status start() override;
    void stop() override;
    Result<photo::CameraFrame> nextFrame(std::uint64_t after, std::chrono::milliseconds timeout) override;
    std::string_view backendName() const override { return "fake"; }

    // Deterministic tests drive frames by hand instead of the 30 fps thread.
    void setManual(bool manual) { m_manual = manual; }
    void pump();  // produces the next frame (or the injected fault)
    FakeCameraFaults faults;

private:
    void loop();
    cv::Mat m_scene;
    LatestFrameSlot m_slot;
    photo::FrozenFrameDetector m_frozen{10};
    int m_produced = 0;
    cv::Mat m_last;
    bool m_manual = false;
    bool m_started = false;
    bool m_failed = false;
    std::atomic<bool> m_running{false};
    std::thread m_worker;
};

}  // namespace motcua

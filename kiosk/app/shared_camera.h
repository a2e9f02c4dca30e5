#pragma once
// The kiosk's one camera, shared by the steps that use it (ID-card scan,
// passport photo). A step opens it while it is on screen and closes it when
// it leaves; only one step is on screen at a time.
#include <memory>

#include "kiosk/core/config.h"
#include "kiosk/core/result.h"
#include "kiosk/photo/camera.h"

namespace motcua {

class SharedCamera {
public:
    explicit SharedCamera(CameraConfig config) : m_config(std::move(config)) {}
    ~SharedCamera() { close(); }
    SharedCamera(const SharedCamera &) = delete;
    SharedCamera &operator=(const SharedCamera &) = delete;

    // Builds the configured backend if needed and starts it. Errors as
    // makeCamera() and Camera::start() give them ("camera.none", "camera.no_device" …).
    Result<photo::Camera *> open();
    void close();
    bool isOpen() const { return m_started; }
    // Another source from now on (tests, a technician's device change); closes first.
    void reconfigure(CameraConfig config);
    const CameraConfig &config() const { return m_config; }

private:
    CameraConfig m_config;
    std::unique_ptr<photo::Camera> m_camera;
    bool m_started = false;
};

}  // namespace motcua

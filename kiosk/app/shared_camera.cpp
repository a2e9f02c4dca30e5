#include "kiosk/app/shared_camera.h"

#include "drivers/camera/camera_factory.h"

namespace motcua {

Result<photo::Camera *> SharedCamera::open()
{
    if (!m_camera) {
        auto camera = makeCamera(m_config);
        if (!camera) {
            return unexpected(camera.error());
        }
        m_camera = std::move(*camera);
    }
    if (!m_started) {
        if (auto started = m_camera->start(); !started) {
            m_camera.reset();  // a device plugged in later gets a fresh backend
            return unexpected(started.error());
        }
        m_started = true;
    }
    return m_camera.get();
}

void SharedCamera::close()
{
    if (m_camera && m_started) {
        m_camera->stop();
    }
    m_started = false;
}

void SharedCamera::reconfigure(CameraConfig config)
{
    close();
    m_camera.reset();
    m_config = std::move(config);
}

}  // namespace motcua

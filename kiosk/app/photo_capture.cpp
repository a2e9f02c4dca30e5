#include "kiosk/app/photo_capture.h"

namespace motcua {

PhotoCapture::PhotoCapture(SharedCamera &camera, PassportWizard &wizard, QObject *parent)
    : QObject(parent)
    , m_camera(camera), m_wizard(wizard)
{
}

void PhotoCapture::wipeCitizenData() {}

}  // namespace motcua

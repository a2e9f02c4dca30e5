#pragma once
// "Ảnh chân dung": the live passport-photo step. Frames from the shared
// camera go through kiosk/photo; the citizen is guided one message at a time,
// a steady pass starts a 3-2-1 countdown, and the accepted 4x6 JPEG is
// attached to the application (nothing else is stored).
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/qml_instance.h"
#include "kiosk/app/shared_camera.h"
#include "kiosk/app/passport_wizard.h"
#include "kiosk/session/session_data_holder.h"

namespace motcua {

class PhotoCapture : public QObject, public QmlInstance<PhotoCapture>, public SessionDataHolder {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    PhotoCapture(SharedCamera &camera, PassportWizard &wizard, QObject *parent = nullptr);

    void wipeCitizenData() override;

private:
    SharedCamera &m_camera;
    PassportWizard &m_wizard;
};

}  // namespace motcua

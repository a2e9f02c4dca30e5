#pragma once
// "Quét thẻ căn cước": reads the QR on the back of the citizen's chip ID card
// from the camera or a hardware scanner, checks it (kiosk/scan) and prefills
// the passport form. A read that fails the cross-checks never prefills.
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/qml_instance.h"
#include "kiosk/app/shared_camera.h"
#include "kiosk/app/passport_wizard.h"
#include "kiosk/core/config.h"
#include "kiosk/session/session_data_holder.h"

namespace motcua {

class IdCardScan : public QObject, public QmlInstance<IdCardScan>, public SessionDataHolder {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    IdCardScan(SharedCamera &camera, PassportWizard &wizard, const ScannerConfig &scanner, QObject *parent = nullptr);

    void wipeCitizenData() override;

private:
    SharedCamera &m_camera;
    PassportWizard &m_wizard;
    ScannerConfig m_scannerConfig;
};

}  // namespace motcua

#pragma once
// Submission of a finished passport application: hands it to the outbox,
// shows the payment QR (VietQR) the portal gives for it, follows the
// simulated payment, then shows and prints the receipt.
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/qml_instance.h"
#include "kiosk/app/passport_wizard.h"
#include "kiosk/core/config.h"
#include "kiosk/portal/portal_client.h"
#include "kiosk/print/print_service.h"
#include "kiosk/store/outbox_store.h"
#include "kiosk/session/session_data_holder.h"

namespace motcua {

class PassportSubmission : public QObject, public QmlInstance<PassportSubmission>, public SessionDataHolder {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    PassportSubmission(PassportWizard &wizard, OutboxStore &outbox, PortalClient *portal, PrintService *printing, const Config &config, QObject *parent = nullptr);

    void wipeCitizenData() override;

private:
    PassportWizard &m_wizard;
    OutboxStore &m_outbox;
    PortalClient *m_portal;  // null: no portal configured
    PrintService *m_printing;  // null: no printer configured
    const Config &m_config;
};

}  // namespace motcua

#include "kiosk/app/passport_submission.h"

namespace motcua {

PassportSubmission::PassportSubmission(PassportWizard &wizard, OutboxStore &outbox, PortalClient *portal, PrintService *printing, const Config &config, QObject *parent)
    : QObject(parent)
    , m_wizard(wizard), m_outbox(outbox), m_portal(portal), m_printing(printing), m_config(config)
{
}

void PassportSubmission::wipeCitizenData() {}

}  // namespace motcua

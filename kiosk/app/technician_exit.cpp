#include "kiosk/app/technician_exit.h"

#include "kiosk/audit/audit_log.h"
#include "kiosk/core/log_categories.h"

namespace motcua {

TechnicianExit::TechnicianExit(CitizenSession &session, Database &db, const Clock &clock,
                               std::function<void(int)> quit, QObject *parent)
    : QObject(parent), m_session(session), m_db(db), m_clock(clock), m_quit(std::move(quit))
{
}

void TechnicianExit::close(const QString &technician)
{
    m_session.abandon();  // every holder wipes, as on an idle timeout
    auto audited = AuditLog(m_db, m_clock).append(AuditEvent::KioskClosed, technician.toStdString(), "guide_mode");
    if (!audited) {
        // Leaving must not depend on the audit: the technician may be closing a broken kiosk.
        qCWarning(lcCore) << "kiosk closed by a technician; audit failed:" << audited.error().code.c_str();
    } else {
        qCInfo(lcCore) << "kiosk closed by a technician (audit seq" << audited->seq << ")";
    }
    m_quit(0);
}

}  // namespace motcua

#pragma once
// Lock-down's only way out: a technician, logged in through guide mode with
// their PIN, closes the kiosk application. The citizen's data is wiped first,
// the closing is audited ("kiosk.closed_by_technician"), and the process exits
// with code 0. Under systemd (Restart=always) the kiosk comes back unless the
// technician also runs `systemctl stop motcua-kiosk` (docs/privacy.md).
#include <QObject>
#include <QString>
#include <functional>

#include "kiosk/core/clock.h"
#include "kiosk/session/citizen_session.h"
#include "kiosk/store/database.h"

namespace motcua {

class TechnicianExit : public QObject {
    Q_OBJECT
public:
    // `quit` ends the event loop (QCoreApplication::exit(0) in the kiosk; tests record it).
    TechnicianExit(CitizenSession &session, Database &db, const Clock &clock, std::function<void(int)> quit,
                   QObject *parent = nullptr);

public slots:
    // `technician`: the account name (only technicians get here; guide mode checks the role).
    void close(const QString &technician);

private:
    CitizenSession &m_session;
    Database &m_db;
    const Clock &m_clock;
    std::function<void(int)> m_quit;
};

}  // namespace motcua

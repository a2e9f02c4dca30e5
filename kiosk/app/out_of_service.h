#pragma once
// The kiosk taken out of service by a guide (guide mode) or a signed remote
// command (fleet): citizens see a notice with the guide's message and cannot
// start a session; the hidden guide gesture still works. The state lives in
// kiosk_state ("out_of_service") so it survives a restart, and every change
// is audited in the same transaction.
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/qml_instance.h"
#include "kiosk/audit/audit_log.h"
#include "kiosk/core/clock.h"
#include "kiosk/store/database.h"

namespace motcua {

class OutOfService : public QObject, public QmlInstance<OutOfService> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString by READ by NOTIFY changed)
    // Why the last change was not stored ("" = it was): an error code.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    OutOfService(Database &db, AuditLog &audit, const Clock &clock, QObject *parent = nullptr);

    bool active() const { return m_active; }
    QString message() const { return m_message; }
    QString by() const { return m_by; }
    QString problem() const { return m_problem; }

    // `by`: who did it (a guide's name, "fleet:<operator>"). Entering again replaces the message.
    Q_INVOKABLE void enter(const QString &message, const QString &by);
    Q_INVOKABLE void leave(const QString &by);
    // Screenshots only (motcua-kiosk --screen out-of-service): shown, not stored or audited.
    void showSample(const QString &message);

signals:
    void changed();

private:
    void load();
    Status store(bool active, const QString &message, const QString &by);

    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    bool m_active = false;
    QString m_message;
    QString m_by;
    QString m_problem;
};

}  // namespace motcua

#pragma once
// Guide mode's reprint list: today's tickets and receipts as time, kind and
// number (no content, so nothing about the citizen is read), and a reprint
// through PrintService that is audited with the guide's name.
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/qml_instance.h"
#include "kiosk/audit/audit_log.h"
#include "kiosk/core/clock.h"
#include "kiosk/print/print_service.h"
#include "kiosk/store/database.h"

namespace motcua {

class ReprintList : public QObject, public QmlInstance<ReprintList> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)  // a printer is configured
    // [{kind: "ticket"|"receipt", reference, time: "HH:mm", printed: bool}], newest first.
    Q_PROPERTY(QVariantList jobs READ jobs NOTIFY changed)
    // "printed" | "failed" | "" for the last reprint; failure: the printer's problem code in `problem`.
    Q_PROPERTY(QString outcome READ outcome NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    ReprintList(Database &db, PrintService *printing, AuditLog &audit, const Clock &clock, QObject *parent = nullptr);

    bool available() const { return m_printing != nullptr; }
    QVariantList jobs() const { return m_jobs; }
    QString outcome() const { return m_outcome; }
    QString problem() const { return m_problem; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void reprint(const QString &kind, const QString &reference, const QString &guide);

signals:
    void changed();

private:
    Database &m_db;
    PrintService *m_printing;
    AuditLog &m_audit;
    const Clock &m_clock;
    QVariantList m_jobs;
    QString m_outcome;
    QString m_problem;
};

}  // namespace motcua

#pragma once
// "Tra cứu hồ sơ": the citizen types or scans a receipt number and reads what
// is happening to the application, in plain words, with what to do next.
// The portal call runs on a worker thread.
#include <QFutureWatcher>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/qml_instance.h"
#include "kiosk/portal/portal_client.h"
#include "kiosk/session/session_data_holder.h"
#include "kiosk/store/outbox_store.h"

namespace motcua {

class StatusLookup : public QObject, public QmlInstance<StatusLookup>, public SessionDataHolder {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY changed)
    Q_PROPERTY(QString receiptNumber READ receiptNumber NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)  // wire name, e.g. "ready_for_pickup"
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString advice READ advice NOTIFY changed)
    Q_PROPERTY(QString expectedReturnDate READ expectedReturnDate NOTIFY changed)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    // `portal` may be null (no portal configured): lookups then say so.
    StatusLookup(PortalClient *portal, OutboxStore *outbox, QObject *parent = nullptr);
    ~StatusLookup() override;

    bool available() const { return m_portal != nullptr; }
    bool busy() const { return m_busy; }
    bool hasResult() const { return m_status.has_value(); }
    QString receiptNumber() const { return m_receiptNumber; }
    QString state() const;
    QString title() const;
    QString advice() const;
    QString expectedReturnDate() const;
    QString errorCode() const { return m_errorCode; }
    QString errorMessage() const;

    // Accepts a receipt number as typed, a kiosk's local reference, or a
    // scanned receipt QR (MOTCUA:R:…), with stray spaces and line ends.
    Q_INVOKABLE void lookup(const QString &input);
    Q_INVOKABLE void clear();

    void wipeCitizenData() override { clear(); }
    void retranslate() { emit changed(); }
    // Blocks until a running lookup has finished (tests, shutdown).
    void waitForIdle();

signals:
    void changed();

private:
    void finish(const PortalResult<ApplicationStatus> &result);
    void fail(const QString &code);

    PortalClient *m_portal;
    OutboxStore *m_outbox;
    QFutureWatcher<PortalResult<ApplicationStatus>> m_watcher;
    bool m_busy = false;
    int m_generation = 0;  // answers to a cleared lookup are dropped
    QString m_receiptNumber;
    QString m_errorCode;
    std::optional<ApplicationStatus> m_status;
};

// A receipt number from what was typed or scanned; empty when it is not one.
QString normaliseReceiptInput(const QString &input);

}  // namespace motcua

#pragma once
// Submission of a finished passport application: hands it to the outbox in
// one transaction, waits a short while for the outbox worker to get it
// accepted, shows the payment QR (VietQR) the portal gives for it, follows
// the payment, then shows and prints the receipt. When the portal cannot be
// reached the application simply stays in the outbox and the receipt carries
// the kiosk's local reference.
//
// Plugs the wizard's "fee" (submit), "payment" and "receipt" steps, and for a
// child under 14 (TK01a) the "child_print" step, which prints the completed
// declaration instead of sending it.
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

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
    // "idle", "sending" (waiting for the portal), "payment" (QR shown),
    // "paid", "later" (accepted, paid later), "queued" (portal not reached:
    // stays in the outbox), "failed" (could not even be stored)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString localReference READ localReference NOTIFY changed)
    Q_PROPERTY(QString receiptNumber READ receiptNumber NOTIFY changed)
    Q_PROPERTY(QString reference READ reference NOTIFY changed)
    Q_PROPERTY(QString feeAmount READ feeAmount NOTIFY changed)
    Q_PROPERTY(QString expectedReturnDate READ expectedReturnDate NOTIFY changed)
    Q_PROPERTY(bool paid READ paid NOTIFY changed)
    Q_PROPERTY(QString bankName READ bankName NOTIFY changed)
    Q_PROPERTY(QString bankAccount READ bankAccount NOTIFY changed)
    Q_PROPERTY(QString paymentReference READ paymentReference NOTIFY changed)
    Q_PROPERTY(QString paymentQrPayload READ paymentQrPayload NOTIFY changed)
    Q_PROPERTY(QString paymentQrImage READ paymentQrImage NOTIFY changed)  // data: URL of a PNG
    Q_PROPERTY(QString trackingQrImage READ trackingQrImage NOTIFY changed)
    Q_PROPERTY(bool canConfirmPayment READ canConfirmPayment NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    // "none" (no printer), "waiting", "printing", "printed", "failed"
    Q_PROPERTY(QString printState READ printState NOTIFY changed)
    Q_PROPERTY(QString printMessage READ printMessage NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    PassportSubmission(PassportWizard &wizard, OutboxStore &outbox, PortalClient *portal, PrintService *printing, const Config &config, QObject *parent = nullptr);
    ~PassportSubmission() override;

    // Wakes the outbox worker when an application was queued (else it looks every few seconds).
    void setOutboxWake(std::function<void()> wake) { m_wake = std::move(wake); }
    // The police guide helping this session's citizen ("" = none), kept in the application's summary.
    void setAssistingGuide(const QString &guide) { m_assistingGuide = guide; }

    QString state() const { return m_state; }
    QString localReference() const { return m_localRef; }
    QString receiptNumber() const { return m_receiptNumber; }
    QString reference() const { return m_receiptNumber.isEmpty() ? m_localRef : m_receiptNumber; }
    QString feeAmount() const;
    QString expectedReturnDate() const;
    bool paid() const { return m_paid; }
    QString bankName() const;
    QString bankAccount() const { return m_payment ? QString::fromStdString(m_payment->account) : QString(); }
    QString paymentReference() const { return m_payment ? QString::fromStdString(m_payment->reference) : QString(); }
    QString paymentQrPayload() const { return m_qrPayload; }
    QString paymentQrImage() const { return m_qrImage; }
    QString trackingQrImage() const { return m_trackingImage; }
    bool canConfirmPayment() const { return m_simulated && !m_paid && m_state == QLatin1String("payment"); }
    bool busy() const { return m_busy; }
    QString printState() const { return m_printState; }
    QString printMessage() const { return m_printMessage; }
    QString message() const { return m_message; }

    // "Tôi đã thanh toán": asks the simulator to confirm (simulated portals only).
    Q_INVOKABLE void confirmPayment();
    // The citizen pays later by the link in the SMS or on the portal.
    Q_INVOKABLE void payLater();
    // Prints the receipt (or the child's declaration) again after a printer problem.
    Q_INVOKABLE void reprint();

    // A payment and receipt as the simulator would give, for screenshots only.
    void loadSample(const QString &stepKey);

    void wipeCitizenData() override;

signals:
    void changed();

private:
    QString submit();  // the fee step's gate
    void pollOutbox();
    void accepted(const OutboxEntry &entry);
    void fetchPayment();
    void showPayment(const PaymentState &state);
    void giveUp(const QString &why);
    void goToReceipt();
    void printReceipt();
    void printChildDeclaration();
    void setPrintOutcome(const Result<PrintOutcome> &outcome);
    void setPaymentDetails(const PaymentDetails &details);
    QString trackingUrl() const;
    void renderTrackingQr();

    PassportWizard &m_wizard;
    OutboxStore &m_outbox;
    PortalClient *m_portal;  // null: no portal configured
    PrintService *m_printing;  // null: no printer configured
    const Config &m_config;
    std::function<void()> m_wake;

    QString m_state = QStringLiteral("idle");
    QString m_localRef;
    QString m_receiptNumber;
    int64_t m_feeVnd = 0;
    QString m_returnDate;  // YYYY-MM-DD
    QString m_applicantName;
    QString m_assistingGuide;  // guide mode's assisted session; not the citizen's data
    bool m_byPost = false;
    bool m_paid = false;
    bool m_simulated = false;
    bool m_busy = false;
    std::optional<PaymentDetails> m_payment;
    QString m_qrPayload;
    QString m_qrImage;
    QString m_trackingImage;
    QString m_printState = QStringLiteral("none");
    QString m_printMessage;
    QString m_message;
    int m_generation = 0;  // answers for a wiped session are dropped
    QTimer m_outboxPoll;
    QTimer m_paymentPoll;
    qint64 m_deadlineMs = 0;
    QFutureWatcher<PortalResult<PaymentState>> m_watcher;
};

}  // namespace motcua

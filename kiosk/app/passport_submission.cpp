#include "kiosk/app/passport_submission.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>
#include <nlohmann/json.hpp>

#include "kiosk/app/child_declaration_layout.h"
#include "kiosk/core/log_categories.h"
#include "kiosk/form/form_json.h"
#include "kiosk/form/napas_banks.h"
#include "kiosk/form/vietqr.h"
#include "kiosk/portal/portal_json.h"
#include "kiosk/print/applicant_name.h"
#include "kiosk/print/qr_code.h"
#include "kiosk/privacy/secure_wipe.h"

namespace motcua {
namespace {

// How long the citizen waits for the portal before the receipt says "will be sent".
constexpr qint64 kAcceptanceWaitMs = 10'000;
constexpr int kOutboxPollMs = 250;
constexpr int kPaymentPollMs = 3000;

QString trText(const char *text)
{
    return QCoreApplication::translate("PassportSubmission", text);
}

QString pngDataUrl(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

// A QR code as an image for the screen: 8 pixels per module, quiet zone included.
QString qrDataUrl(const std::string &payload)
{
    auto matrix = encodeQr(payload);
    if (!matrix) {
        return {};
    }
    return pngDataUrl(renderQr(*matrix, 8));
}

std::chrono::sys_days parseDay(const QString &iso)
{
    const auto date = QDate::fromString(iso, Qt::ISODate);
    if (!date.isValid()) {
        return {};
    }
    return std::chrono::sys_days(std::chrono::year(date.year()) / date.month() / date.day());
}

}  // namespace

PassportSubmission::PassportSubmission(PassportWizard &wizard, OutboxStore &outbox, PortalClient *portal,
                                       PrintService *printing, const Config &config, QObject *parent)
    : QObject(parent)
    , m_wizard(wizard), m_outbox(outbox), m_portal(portal), m_printing(printing), m_config(config)
{
    m_printState = m_printing ? QStringLiteral("waiting") : QStringLiteral("none");
    m_outboxPoll.setInterval(kOutboxPollMs);
    m_paymentPoll.setInterval(kPaymentPollMs);
    connect(&m_outboxPoll, &QTimer::timeout, this, &PassportSubmission::pollOutbox);
    connect(&m_paymentPoll, &QTimer::timeout, this, &PassportSubmission::fetchPayment);
    connect(&m_watcher, &QFutureWatcher<PortalResult<PaymentState>>::finished, this, [this] {
        if (m_watcher.property("generation").toInt() != m_generation) {
            return;  // asked for a session that has ended
        }
        m_busy = false;
        const auto result = m_watcher.result();
        if (result) {
            showPayment(*result);
        } else if (m_state == QLatin1String("sending")) {
            // Accepted, but the payment details did not come: pay later by SMS or portal.
            qCWarning(lcPortal) << "payment details not fetched:" << result.error().error.code.c_str();
            m_state = QStringLiteral("later");
            goToReceipt();
        } else {
            emit changed();
        }
    });
    // The fee step's "Submit" puts the application in the outbox.
    wizard.plugStep(QStringLiteral("fee"), [this] { return submit(); });
    wizard.plugStep(QStringLiteral("payment"), [this]() -> QString {
        if (m_state == QLatin1String("sending")) {
            return trText("Please wait: the application is being sent.");
        }
        if (m_state == QLatin1String("payment")) {
            return trText("The payment has not arrived yet. Pay with the QR code, or choose \"Pay later\".");
        }
        return {};
    });
    wizard.plugStep(QStringLiteral("receipt"));
    wizard.plugStep(QStringLiteral("child_print"));
    connect(&wizard, &PassportWizard::sampleLoaded, this, &PassportSubmission::loadSample);
    connect(&wizard, &PassportWizard::stepChanged, this, [this] {
        if (m_wizard.stepKind() == QLatin1String("declaration") && m_printState == QLatin1String("waiting")) {
            QTimer::singleShot(0, this, &PassportSubmission::printChildDeclaration);
        }
    });
}

PassportSubmission::~PassportSubmission()
{
    m_watcher.waitForFinished();
}

QString PassportSubmission::feeAmount() const
{
    return m_feeVnd > 0 ? m_wizard.money(m_feeVnd) : m_wizard.feeAmount();
}

QString PassportSubmission::expectedReturnDate() const
{
    const auto date = QDate::fromString(m_returnDate, Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString PassportSubmission::bankName() const
{
    if (!m_payment) {
        return {};
    }
    const auto name = form::bankNameForBin(m_payment->bankBin);
    return name.empty() ? QString::fromStdString(m_payment->bankBin) : QString::fromStdString(name);
}

QString PassportSubmission::submit()
{
    if (m_state != QLatin1String("idle")) {
        return {};  // already in the outbox: never a second application
    }
    const auto form = m_wizard.submittedForm();
    if (form.kind != form::FormKind::Tk01) {
        return {};
    }
    const auto answers = form::formToJson(form).value("answers", nlohmann::json::object());
    const std::string name = std::string(form.answer("family_name")) + " " + std::string(form.answer("given_names"));
    const auto fee = m_wizard.feeVnd();
    nlohmann::json summary{{"applicant_short", shortenApplicantName(name)},
                           {"procedure", "passport.ordinary"},
                           {"fee_vnd", fee},
                           {"delivery", std::string(form.answer("delivery.method"))}};
    if (!m_assistingGuide.isEmpty()) {
        summary["assisted_by"] = m_assistingGuide.toStdString();
    }
    std::string photo = m_wizard.photoJpeg().toStdString();
    std::string answersText = answers.dump();
    const WipeOnExit wipe{&photo, &answersText};
    nlohmann::json idScan = nlohmann::json::object();
    if (!m_wizard.photoException().isEmpty()) {
        idScan["photo_guide_exception"] = m_wizard.photoException().toStdString();
    }
    const auto &site = m_config.site;
    const auto entry = m_outbox.enqueue(
        QString::fromStdString(site.kioskId).toUpper().toStdString(), "passport.ordinary",
        [&](const OutboxEntry &e) {
            return submissionToJson({e.localRef, e.idempotencyKey, site.kioskId, site.id, "passport.ordinary",
                                     answersText, photo, "{}"});
        },
        summary.dump(), std::chrono::system_clock::now());
    if (!entry) {
        qCWarning(lcOutbox) << "application not queued:" << entry.error().code.c_str();
        m_state = QStringLiteral("failed");
        emit changed();
        return trText("The application could not be saved on this kiosk. Please ask a police guide for help.");
    }
    qCInfo(lcOutbox) << "passport application queued as" << entry->localRef.c_str();
    ++m_generation;
    m_localRef = QString::fromStdString(entry->localRef);
    m_applicantName = QString::fromStdString(name);
    m_feeVnd = fee;
    m_byPost = form.answer("delivery.method") == "post";
    m_state = QStringLiteral("sending");
    m_message.clear();
    m_printState = m_printing ? QStringLiteral("waiting") : QStringLiteral("none");
    renderTrackingQr();
    emit changed();
    if (m_portal == nullptr) {
        QTimer::singleShot(0, this, [this] { giveUp(QStringLiteral("no portal configured")); });
        return {};
    }
    if (m_wake) {
        m_wake();
    }
    m_deadlineMs = QDateTime::currentMSecsSinceEpoch() + kAcceptanceWaitMs;
    m_outboxPoll.start();
    return {};
}

void PassportSubmission::pollOutbox()
{
    auto entry = m_outbox.find(m_localRef.toStdString());
    if (entry && *entry && (*entry)->state == OutboxState::Accepted) {
        m_outboxPoll.stop();
        accepted(**entry);
        return;
    }
    if (entry && *entry && (*entry)->state == OutboxState::Failed) {
        m_outboxPoll.stop();
        giveUp(QStringLiteral("refused by the portal"));  // a guide sees it in `motcua outbox list`
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() > m_deadlineMs) {
        m_outboxPoll.stop();
        giveUp(QStringLiteral("portal not reached in time"));
    }
}

void PassportSubmission::accepted(const OutboxEntry &entry)
{
    m_receiptNumber = QString::fromStdString(entry.receiptNumber);
    m_feeVnd = entry.feeVnd;
    m_returnDate = QString::fromStdString(entry.expectedReturnDate);
    renderTrackingQr();
    emit changed();
    fetchPayment();
}

void PassportSubmission::fetchPayment()
{
    if (m_portal == nullptr || m_receiptNumber.isEmpty() || m_watcher.isRunning()) {
        return;
    }
    m_watcher.setProperty("generation", m_generation);
    auto *portal = m_portal;
    const auto number = m_receiptNumber.toStdString();
    m_watcher.setFuture(QtConcurrent::run([portal, number] { return portal->paymentStatus(number); }));
}

void PassportSubmission::setPaymentDetails(const PaymentDetails &details)
{
    m_payment = details;
    form::VietQrPayment qr;
    qr.bankBin = details.bankBin;
    qr.account = details.account;
    qr.amountVnd = details.amountVnd;
    qr.billNumber = details.reference;
    qr.purpose = "LE PHI HO CHIEU";
    auto payload = form::buildVietQr(qr);
    if (!payload) {
        qCWarning(lcPortal) << "payment details not usable for VietQR:" << payload.error().code.c_str();
        m_qrPayload.clear();
        m_qrImage.clear();
        return;
    }
    m_qrPayload = QString::fromStdString(*payload);
    m_qrImage = qrDataUrl(*payload);
}

void PassportSubmission::showPayment(const PaymentState &state)
{
    m_simulated = state.simulated;
    if (!m_payment || m_payment->reference != state.details.reference) {
        setPaymentDetails(state.details);
    }
    if (state.paid) {
        m_paid = true;
        m_paymentPoll.stop();
        if (m_state == QLatin1String("sending") || m_state == QLatin1String("payment")) {
            m_state = QStringLiteral("paid");
            goToReceipt();
            return;
        }
        emit changed();
        return;
    }
    if (m_state == QLatin1String("sending")) {
        m_state = m_qrPayload.isEmpty() ? QStringLiteral("later") : QStringLiteral("payment");
        if (m_state == QLatin1String("later")) {
            goToReceipt();
            return;
        }
        m_paymentPoll.start();  // a banking app pays; the portal learns it from the bank
    }
    emit changed();
}

void PassportSubmission::giveUp(const QString &why)
{
    qCInfo(lcOutbox) << "application" << m_localRef << "stays in the outbox:" << why;
    m_state = QStringLiteral("queued");
    goToReceipt();
}

void PassportSubmission::goToReceipt()
{
    m_paymentPoll.stop();
    emit changed();
    if (m_wizard.stepKind() == QLatin1String("payment")) {
        m_wizard.next();
    }
    if (m_printState == QLatin1String("waiting")) {
        // Let the receipt appear on screen first; printing blocks until CUPS took the job.
        QTimer::singleShot(0, this, &PassportSubmission::printReceipt);
    }
}

void PassportSubmission::confirmPayment()
{
    if (!canConfirmPayment() || m_busy || m_watcher.isRunning()) {
        return;
    }
    m_busy = true;
    emit changed();
    m_watcher.setProperty("generation", m_generation);
    auto *portal = m_portal;
    const auto number = m_receiptNumber.toStdString();
    m_watcher.setFuture(QtConcurrent::run([portal, number] { return portal->confirmSimulatedPayment(number); }));
}

void PassportSubmission::payLater()
{
    if (m_state != QLatin1String("payment")) {
        return;
    }
    m_state = QStringLiteral("later");
    goToReceipt();
}

void PassportSubmission::printReceipt()
{
    if (m_printing == nullptr || m_localRef.isEmpty()) {
        return;
    }
    ApplicationReceipt receipt;
    receipt.siteName = m_config.site.name;
    receipt.siteAddress = m_config.site.address;
    receipt.procedureName = "Cấp hộ chiếu phổ thông";
    receipt.applicantName = m_applicantName.toStdString();
    receipt.receiptNumber = m_receiptNumber.toStdString();
    receipt.localReference = m_localRef.toStdString();
    receipt.feeVnd = m_feeVnd;
    receipt.feePaid = m_paid;
    receipt.submittedAt = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    receipt.expectedReturn = parseDay(m_returnDate);
    receipt.delivery = m_byPost ? ResultDelivery::Post : ResultDelivery::InPerson;
    receipt.language = m_wizard.language().toStdString();  // printed in Vietnamese plus this language
    m_printState = QStringLiteral("printing");
    emit changed();
    setPrintOutcome(m_printing->printReceipt(receipt));
}

void PassportSubmission::printChildDeclaration()
{
    if (m_printing == nullptr) {
        return;
    }
    m_printState = QStringLiteral("printing");
    emit changed();
    const auto document = layoutChildDeclaration(m_wizard.submittedForm(), m_wizard.reviewSections(),
                                                 QString::fromStdString(m_config.site.name),
                                                 m_wizard.language().toStdString());
    setPrintOutcome(m_printing->printDocument(document));
}

void PassportSubmission::setPrintOutcome(const Result<PrintOutcome> &outcome)
{
    if (!outcome) {
        qCWarning(lcDevice) << "receipt not printed:" << outcome.error().code.c_str();
        m_printState = QStringLiteral("failed");
        m_printMessage = trText("The receipt could not be printed. Your application is kept; a police guide can print it for you.");
    } else if (outcome->printed) {
        m_printState = QStringLiteral("printed");
        m_printMessage.clear();
    } else {
        m_printState = QStringLiteral("failed");
        m_printMessage = QString::fromStdString(outcome->citizenMessage) + QLatin1Char(' ') +
                         trText("Nothing is lost: the receipt is kept and a police guide can reprint it.");
    }
    emit changed();
}

void PassportSubmission::reprint()
{
    if (m_printing == nullptr || m_printState != QLatin1String("failed")) {
        return;
    }
    if (m_wizard.stepKind() == QLatin1String("declaration")) {
        printChildDeclaration();
        return;
    }
    m_printState = QStringLiteral("printing");
    emit changed();
    const auto reference = m_receiptNumber.isEmpty() ? m_localRef : m_receiptNumber;
    setPrintOutcome(m_printing->reprint("receipt", reference.toStdString(), Reprinter::Citizen));
}

void PassportSubmission::renderTrackingQr()
{
    m_trackingImage = qrDataUrl(reference().toStdString());
}

void PassportSubmission::loadSample(const QString &stepKey)
{
    wipeCitizenData();
    m_localRef = QStringLiteral("KIOSK-01-261123-0007");
    m_applicantName = QStringLiteral("Nguyễn Văn An");
    if (stepKey == QLatin1String("payment") || stepKey == QLatin1String("receipt")) {
        m_receiptNumber = QStringLiteral("HN-261123-000042");
        m_feeVnd = m_wizard.feeVnd() > 0 ? m_wizard.feeVnd() : 200000;  // today's fee for the sample request
        m_returnDate = QStringLiteral("2026-12-03");
        m_simulated = true;
        setPaymentDetails(PaymentDetails{"970415", "113000000000", m_feeVnd, "HN261123000042"});
        m_state = stepKey == QLatin1String("payment") ? QStringLiteral("payment") : QStringLiteral("paid");
        m_paid = stepKey == QLatin1String("receipt");
        m_printState = stepKey == QLatin1String("receipt") ? QStringLiteral("printed") : QStringLiteral("none");
    }
    if (stepKey == QLatin1String("child_print")) {
        m_printState = QStringLiteral("printed");
    }
    renderTrackingQr();
    emit changed();
}

void PassportSubmission::wipeCitizenData()
{
    ++m_generation;
    m_outboxPoll.stop();
    m_paymentPoll.stop();
    m_state = QStringLiteral("idle");
    m_localRef.clear();
    m_receiptNumber.clear();
    m_feeVnd = 0;
    m_returnDate.clear();
    m_applicantName.fill(QLatin1Char(' '));  // overwrite before letting go
    m_applicantName.clear();
    m_byPost = false;
    m_paid = false;
    m_simulated = false;
    m_busy = false;
    m_payment.reset();
    m_qrPayload.clear();
    m_qrImage.clear();
    m_trackingImage.clear();
    m_printState = m_printing ? QStringLiteral("waiting") : QStringLiteral("none");
    m_printMessage.clear();
    m_message.clear();
    emit changed();
}

}  // namespace motcua

#include "kiosk/app/status_lookup.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include "kiosk/core/log_categories.h"
#include "kiosk/scan/receipt_code.h"

namespace motcua {

QString normaliseReceiptInput(const QString &input)
{
    QString text = input.trimmed();
    if (auto scanned = parseReceiptQr(text.toStdString())) {
        text = QString::fromStdString(*scanned);
    }
    text = text.toUpper().remove(QLatin1Char(' '));
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9][A-Z0-9.-]{3,39}$"));
    return pattern.match(text).hasMatch() ? text : QString();
}

StatusLookup::StatusLookup(PortalClient *portal, OutboxStore *outbox, QObject *parent)
    : QObject(parent)
    , m_portal(portal)
    , m_outbox(outbox)
{
    connect(&m_watcher, &QFutureWatcher<PortalResult<ApplicationStatus>>::finished, this, [this] {
        if (m_watcher.property("generation").toInt() == m_generation) {
            finish(m_watcher.result());
        }
    });
}

StatusLookup::~StatusLookup()
{
    waitForIdle();
}

void StatusLookup::waitForIdle()
{
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_watcher);
}

void StatusLookup::clear()
{
    ++m_generation;
    m_busy = false;
    m_receiptNumber.fill(QLatin1Char(' '));  // overwrite before letting go
    m_receiptNumber.clear();
    m_errorCode.clear();
    m_status.reset();
    emit changed();
}

void StatusLookup::fail(const QString &code)
{
    m_busy = false;
    m_errorCode = code;
    m_status.reset();
    emit changed();
}

void StatusLookup::lookup(const QString &input)
{
    if (m_busy) {
        return;
    }
    clear();
    auto number = normaliseReceiptInput(input);
    if (number.isEmpty()) {
        return fail(QStringLiteral("lookup.invalid_number"));
    }
    // A reference printed while the portal was out of reach: ask the outbox first.
    if (m_outbox != nullptr) {
        if (auto entry = m_outbox->find(number.toStdString()); entry && *entry) {
            if ((*entry)->receiptNumber.empty()) {
                m_receiptNumber = number;
                return fail(QStringLiteral("lookup.waiting_in_outbox"));
            }
            number = QString::fromStdString((*entry)->receiptNumber);
        }
    }
    if (m_portal == nullptr) {
        return fail(QStringLiteral("lookup.no_portal"));
    }
    m_receiptNumber = number;
    m_busy = true;
    emit changed();
    m_watcher.setProperty("generation", m_generation);
    auto *portal = m_portal;
    const auto receipt = number.toStdString();
    m_watcher.setFuture(QtConcurrent::run([portal, receipt] { return portal->lookupStatus(receipt); }));
}

void StatusLookup::finish(const PortalResult<ApplicationStatus> &result)
{
    m_busy = false;
    if (!result) {
        qCInfo(lcPortal) << "status lookup failed:" << result.error().error.code.c_str();
        return fail(QString::fromStdString(result.error().error.code));
    }
    m_status = *result;
    m_errorCode.clear();
    emit changed();
}

QString StatusLookup::state() const
{
    return m_status ? QString::fromLatin1(applicationStateName(m_status->state)) : QString();
}

QString StatusLookup::expectedReturnDate() const
{
    if (!m_status || m_status->expectedReturnDate.empty()) {
        return {};
    }
    const auto date = QDate::fromString(QString::fromStdString(m_status->expectedReturnDate), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString StatusLookup::title() const
{
    if (!m_status) {
        return {};
    }
    switch (m_status->state) {
    case ApplicationState::Received: return QCoreApplication::translate("StatusLookup", "Application received");
    case ApplicationState::Processing: return QCoreApplication::translate("StatusLookup", "Being processed");
    case ApplicationState::NeedsInformation: return QCoreApplication::translate("StatusLookup", "More information needed");
    case ApplicationState::ReadyForPickup: return QCoreApplication::translate("StatusLookup", "Ready for pickup");
    case ApplicationState::Mailed: return QCoreApplication::translate("StatusLookup", "Sent by post");
    case ApplicationState::Returned: return QCoreApplication::translate("StatusLookup", "Result handed over");
    case ApplicationState::Rejected: return QCoreApplication::translate("StatusLookup", "Not approved");
    }
    return {};
}

QString StatusLookup::advice() const
{
    if (!m_status) {
        return {};
    }
    const auto reason = QString::fromStdString(m_status->reason);
    const auto date = expectedReturnDate();
    switch (m_status->state) {
    case ApplicationState::Received:
        return QCoreApplication::translate("StatusLookup", "Your application has been received and is waiting to be processed. Nothing more is needed from you "
                  "for now.");
    case ApplicationState::Processing:
        return date.isEmpty() ? QCoreApplication::translate("StatusLookup", "The immigration office is processing your application.")
                              : QCoreApplication::translate("StatusLookup", "The immigration office is processing your application. The result is expected on "
                                   "%1.")
                                    .arg(date);
    case ApplicationState::NeedsInformation:
        return QCoreApplication::translate("StatusLookup", "The office needs more from you: %1 Please ask a police guide, or add it on the public-service "
                  "portal.")
            .arg(reason);
    case ApplicationState::ReadyForPickup:
        return QCoreApplication::translate("StatusLookup", "Your passport is ready. Bring your ID card and this receipt to the office where you applied.");
    case ApplicationState::Mailed:
        return QCoreApplication::translate("StatusLookup", "Your passport has been sent by post to the address you gave. The postman will call before "
                  "delivering.");
    case ApplicationState::Returned: return QCoreApplication::translate("StatusLookup", "Your application is complete and the result has been handed over.");
    case ApplicationState::Rejected:
        return QCoreApplication::translate("StatusLookup", "Reason: %1 A police guide can help you apply again.").arg(reason);
    }
    return {};
}

QString StatusLookup::errorMessage() const
{
    if (m_errorCode.isEmpty()) {
        return {};
    }
    if (m_errorCode == QLatin1String("lookup.invalid_number")) {
        return QCoreApplication::translate("StatusLookup", "This is not a receipt number. It has capital letters, digits and dashes, for example "
                  "HN-261123-000123.");
    }
    if (m_errorCode == QLatin1String("portal.not_found")) {
        return QCoreApplication::translate("StatusLookup", "No application has this number. Please check the number on your receipt.");
    }
    if (m_errorCode == QLatin1String("lookup.waiting_in_outbox")) {
        return QCoreApplication::translate("StatusLookup", "This application is saved on the kiosk and will be sent to the portal automatically as soon as the "
                  "connection returns. Please check again later.");
    }
    if (m_errorCode == QLatin1String("portal.tls")) {
        return QCoreApplication::translate("StatusLookup", "The public-service portal could not be verified. Please tell a police guide.");
    }
    if (m_errorCode == QLatin1String("lookup.no_portal")) {
        return QCoreApplication::translate("StatusLookup", "Status lookup is not available on this kiosk. Please ask a police guide.");
    }
    return QCoreApplication::translate("StatusLookup", "The public-service portal cannot be reached right now. Please try again in a few minutes.");
}

}  // namespace motcua

#include "kiosk/app/queue_desk.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include "kiosk/print/print_service.h"
#include "kiosk/queue/embedded_queue_hub.h"
#include "kiosk/queue/https_queue_hub.h"
#include "kiosk/queue/services_from_config.h"
#include "kiosk/core/log_categories.h"
#include "kiosk/store/migrations.h"

namespace motcua {

QueueWiring makeQueueWiring(const Config &config, Database &db, const Clock &clock)
{
    QueueWiring wiring;
    const auto services = queue::servicesFromConfig(config.queue);
    if (config.queue.mode == "embedded") {
        wiring.hub = std::make_unique<queue::EmbeddedQueueHub>(db, clock, services);
    } else if (config.queue.mode == "hub") {
        // The hub's calls run on a worker thread; the leases get their own connection there.
        auto own = openStore(db.file());
        if (!own) {
            qCWarning(lcCore) << "queue: cannot open the lease store:" << own.error().code.c_str();
            return wiring;
        }
        wiring.leaseDb = std::make_unique<Database>(std::move(*own));
        queue::HubEndpoint endpoint{config.queue.hubUrl, config.queue.caFile, config.queue.clientCert,
                                    config.queue.clientKey};
        auto hub = queue::HttpsQueueHub::create(endpoint);
        if (!hub) {
            return wiring;
        }
        wiring.hub = std::move(*hub);
        wiring.remote = true;
    } else {
        return wiring;
    }
    wiring.leases = std::make_unique<queue::LeaseStore>(wiring.leaseDb ? *wiring.leaseDb : db);
    wiring.issuer = std::make_unique<queue::TicketIssuer>(*wiring.hub, *wiring.leases, clock, config.site.kioskId,
                                                          services, config.queue.leaseBlock);
    return wiring;
}

QueueDesk::QueueDesk(queue::TicketIssuer *issuer, queue::QueueHub *hub, PrintService *printer, const Config &config,
                     QObject *parent)
    : QObject(parent)
    , m_issuer(issuer)
    , m_hub(hub)
    , m_printer(printer)
    , m_config(config)
    , m_worker(config.queue.mode == "hub")
{
    if (m_issuer != nullptr && m_worker.offThread()) {
        // Leases for when the hub is unreachable, and the tickets issued from them sent when it is back.
        m_maintenance.setInterval(5000);
        connect(&m_maintenance, &QTimer::timeout, this, &QueueDesk::maintainLeases);
        m_maintenance.start();
        QTimer::singleShot(0, this, &QueueDesk::maintainLeases);
    }
}

void QueueDesk::setLanguage(const QString &language)
{
    if (language.isEmpty()) {
        return;
    }
    m_language = language;
    emit servicesChanged();
    emit ticketChanged();
}

QString QueueDesk::serviceName(const std::string &code) const
{
    for (const auto &service : m_config.queue.services) {
        if (service.code == code) {
            return QString::fromStdString(m_language == QLatin1String("vi") ? service.nameVi : service.nameEn);
        }
    }
    return QString::fromStdString(code);
}

void QueueDesk::refresh()
{
    if (m_hub == nullptr) {
        return;
    }
    auto *hub = m_hub;
    m_worker.run<Result<queue::QueueSnapshot>>([hub] { return hub->snapshot(); }, this,
                                               [this](const Result<queue::QueueSnapshot> &snapshot) {
                                                   if (snapshot) {
                                                       m_views = snapshot->services;
                                                   }
                                                   emit servicesChanged();
                                               });
}

QVariantList QueueDesk::services() const
{
    QVariantList list;
    for (const auto &service : m_config.queue.services) {
        QVariantMap item{{QStringLiteral("code"), QString::fromStdString(service.code)},
                         {QStringLiteral("letter"), QString::fromStdString(service.prefix)},
                         {QStringLiteral("name"), serviceName(service.code)},
                         {QStringLiteral("waiting"), -1},
                         {QStringLiteral("waitMinutes"), 0},
                         {QStringLiteral("open"), true}};
        for (const auto &view : m_views) {
            if (view.code == service.code) {
                item[QStringLiteral("waiting")] = view.waiting;
                item[QStringLiteral("waitMinutes")] = view.estimatedWaitMinutes;
                item[QStringLiteral("open")] = view.open;
            }
        }
        list.append(item);
    }
    return list;
}

QVariantList QueueDesk::priorities() const
{
    // Labels the citizen reads; docs/queue.md cites the rules behind them.
    static const std::pair<queue::Priority, const char *> kLabels[] = {
        {queue::Priority::None, QT_TRANSLATE_NOOP("QueueDesk", "No priority")},
        {queue::Priority::Elderly, QT_TRANSLATE_NOOP("QueueDesk", "Aged 60 or over")},
        {queue::Priority::Disability, QT_TRANSLATE_NOOP("QueueDesk", "Person with a disability")},
        {queue::Priority::Pregnant, QT_TRANSLATE_NOOP("QueueDesk", "Pregnant")},
        {queue::Priority::SmallChild, QT_TRANSLATE_NOOP("QueueDesk", "With a child under 3")},
        {queue::Priority::MeritoriousPerson, QT_TRANSLATE_NOOP("QueueDesk", "Person with meritorious services")},
    };
    QVariantList list;
    for (const auto &[priority, label] : kLabels) {
        list.append(QVariantMap{{QStringLiteral("code"), QString::fromStdString(queue::priorityName(priority))},
                                {QStringLiteral("label"), QCoreApplication::translate("QueueDesk", label)}});
    }
    return list;
}

QString QueueDesk::ticketLabel() const
{
    return m_ticket ? QString::fromStdString(m_ticket->ticket.label) : QString();
}

QString QueueDesk::ticketService() const
{
    return m_ticket ? serviceName(m_ticket->ticket.service) : QString();
}

QString QueueDesk::ticketPriority() const
{
    if (!m_ticket || m_ticket->ticket.priority == queue::Priority::None) {
        return {};
    }
    for (const auto &item : priorities()) {
        const auto map = item.toMap();
        if (map.value(QStringLiteral("code")).toString().toStdString() == queue::priorityName(m_ticket->ticket.priority)) {
            return map.value(QStringLiteral("label")).toString();
        }
    }
    return {};
}

QString QueueDesk::issuedAt() const
{
    if (!m_ticket) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(m_ticket->ticket.issuedAtMs, QTimeZone(7 * 3600))
        .toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

QString QueueDesk::ticketQr() const
{
    // What the ticket's QR holds: the day and number, enough to follow the ticket; nothing personal.
    return m_ticket ? QStringLiteral("MOTCUA:Q:%1:%2")
                          .arg(QString::fromStdString(m_ticket->ticket.day), ticketLabel())
                    : QString();
}

QString QueueDesk::errorMessage() const
{
    if (m_errorCode.isEmpty()) {
        return {};
    }
    if (m_errorCode == QLatin1String("queue.closed")) {
        return QCoreApplication::translate("QueueDesk", "This service is closed now. Please come back during opening hours.");
    }
    if (m_errorCode == QLatin1String("queue.daily_cap") || m_errorCode == QLatin1String("queue.numbers_exhausted")) {
        return QCoreApplication::translate("QueueDesk", "All of today's numbers for this service are taken. Please come back tomorrow.");
    }
    return QCoreApplication::translate("QueueDesk", "A number cannot be given right now. Please ask a guide.");
}

void QueueDesk::take(const QString &service, const QString &priority)
{
    if (m_issuer == nullptr || m_busy) {
        return;
    }
    m_errorCode.clear();
    m_printMessage.clear();
    setBusy(true);
    auto *issuer = m_issuer;
    const auto generation = m_generation;
    m_worker.run<Result<queue::IssuedTicket>>(
        [issuer, code = service.toStdString(),
         level = queue::priorityFromName(priority.toStdString()).value_or(queue::Priority::None)] {
            return issuer->issue(code, level);
        },
        this, [this, generation](const Result<queue::IssuedTicket> &issued) {
            setBusy(false);
            if (generation == m_generation) {
                show(issued);
            }
        });
}

void QueueDesk::show(const Result<queue::IssuedTicket> &issued)
{
    if (!issued) {
        m_ticket.reset();
        m_errorCode = QString::fromStdString(issued.error().code);
        emit ticketChanged();
        return;
    }
    m_ticket = *issued;
    if (m_printer != nullptr) {
        QueueTicket paper;
        paper.siteName = m_config.site.name;
        paper.siteAddress = m_config.site.address;
        paper.serviceName = serviceName(issued->ticket.service).toStdString();
        paper.number = issued->ticket.label;
        paper.issuedAt = std::chrono::sys_seconds(std::chrono::seconds(issued->ticket.issuedAtMs / 1000));
        paper.peopleAhead = issued->peopleAhead;
        paper.estimatedWaitMinutes = issued->estimatedWaitMinutes;
        paper.statusUrl = ticketQr().toStdString();
        paper.language = m_language.toStdString();  // printed in Vietnamese plus this language
        auto outcome = m_printer->printTicket(paper);
        if (!outcome || !outcome->printed) {
            m_printMessage = outcome ? QString::fromStdString(outcome->citizenMessage)
                                     : QCoreApplication::translate("QueueDesk", "The ticket could not be printed.");
        }
    }
    emit ticketChanged();
    refresh();
}

void QueueDesk::maintainLeases()
{
    if (m_worker.inFlight() > 0) {
        return;  // the hub is slow: the next round will do
    }
    auto *issuer = m_issuer;
    m_worker.run<Result<queue::TicketIssuer::Maintenance>>([issuer] { return issuer->maintain(); }, this,
                                                           [](const auto &) {});
}

void QueueDesk::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void QueueDesk::clear()
{
    ++m_generation;
    m_ticket.reset();
    m_errorCode.clear();
    m_printMessage.clear();
    emit ticketChanged();
}

}  // namespace motcua

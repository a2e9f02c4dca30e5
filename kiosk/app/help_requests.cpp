#include "kiosk/app/help_requests.h"

#include "kiosk/core/log_categories.h"

namespace motcua {
namespace {

using HelpList = Result<std::vector<queue::HelpRequest>>;
using HelpAnswer = Result<queue::HelpRequest>;

int64_t wallMs(const Clock &clock)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(clock.wallNow().time_since_epoch()).count();
}

// "HH:mm" in Hanoi of a moment in milliseconds since the epoch.
QString localClock(int64_t atMs)
{
    const int64_t minutes = (atMs / 60000 + 7 * 60) % (24 * 60);
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

HelpRequests::HelpRequests(queue::QueueHub *hub, bool remoteHub, QString kiosk, const Clock &clock, QObject *parent)
    : QObject(parent), m_hub(hub), m_worker(remoteHub), m_kiosk(std::move(kiosk)), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &HelpRequests::refresh);
}

void HelpRequests::startFollowing(int intervalMs)
{
    if (m_hub != nullptr) {
        m_timer.start(intervalMs);
        refresh();
    }
}

void HelpRequests::request()
{
    if (m_hub == nullptr) {
        return;
    }
    auto *hub = m_hub;
    m_worker.run<HelpAnswer>([hub, kiosk = m_kiosk.toStdString()] { return hub->requestHelp(kiosk); }, this,
                             [this](const HelpAnswer &answer) {
                                 if (!answer) {
                                     qCWarning(lcUi) << "help request not sent:" << answer.error().code.c_str();
                                     setProblem(QString::fromStdString(answer.error().code));
                                     return;
                                 }
                                 qCInfo(lcUi) << "help requested, request" << answer->id;
                                 setProblem({});
                                 setOwn(answer->id);
                                 reload();
                             });
}

void HelpRequests::acknowledge(const QString &id)
{
    if (m_hub == nullptr) {
        return;
    }
    auto *hub = m_hub;
    m_worker.run<HelpAnswer>(
        [hub, id = id.toLongLong(), by = m_answeredBy.toStdString()] {
            return hub->settleHelp(id, queue::HelpState::Acknowledged, by);
        },
        this, [this](const HelpAnswer &answer) {
            setProblem(answer ? QString() : QString::fromStdString(answer.error().code));
            reload();
        });
}

void HelpRequests::wipeCitizenData()
{
    if (m_hub == nullptr || m_ownId == 0) {
        return;
    }
    const auto id = m_ownId;
    setOwn(0);
    auto *hub = m_hub;
    m_worker.run<HelpAnswer>([hub, id] { return hub->settleHelp(id, queue::HelpState::Cancelled, {}); }, this,
                             [this](const HelpAnswer &) { reload(); });
}

void HelpRequests::refresh()
{
    if (m_hub == nullptr || m_polling) {
        return;  // the previous look is still under way (slow link)
    }
    m_polling = true;
    auto *hub = m_hub;
    if (m_lastSeq < 0) {
        m_worker.run<Result<queue::QueueSnapshot>>([hub] { return hub->snapshot(); }, this,
                                                   [this](const Result<queue::QueueSnapshot> &snapshot) {
                                                       m_polling = false;
                                                       if (snapshot) {
                                                           m_lastSeq = snapshot->lastSeq;
                                                           reload();
                                                       }
                                                   });
        return;
    }
    m_worker.run<Result<std::vector<queue::QueueEvent>>>(
        [hub, after = m_lastSeq] { return hub->eventsAfter(after, std::chrono::milliseconds(0)); }, this,
        [this](const Result<std::vector<queue::QueueEvent>> &events) {
            m_polling = false;
            if (!events) {
                return;
            }
            bool helpChanged = false;
            for (const auto &event : *events) {
                m_lastSeq = std::max(m_lastSeq, event.seq);
                helpChanged = helpChanged || event.kind.rfind("help_", 0) == 0;
            }
            if (helpChanged) {
                reload();
            } else {
                publishPending();  // the minutes waited move on
            }
        });
}

void HelpRequests::reload()
{
    auto *hub = m_hub;
    m_worker.run<HelpList>([hub] { return hub->pendingHelp(); }, this, [this](const HelpList &list) {
        if (list) {
            setPending(*list);
        }
    });
}

void HelpRequests::setPending(const std::vector<queue::HelpRequest> &list)
{
    m_list = list;
    bool fresh = false;
    bool ownPending = false;
    for (const auto &help : list) {
        fresh = fresh || !m_seen.contains(help.id);
        m_seen.insert(help.id);
        ownPending = ownPending || help.id == m_ownId;
    }
    if (!ownPending) {
        setOwn(0);  // a guide answered, or the request was withdrawn
    }
    publishPending();
    if (fresh) {
        emit alert();
    }
}

void HelpRequests::publishPending()
{
    const auto now = wallMs(m_clock);
    QVariantList items;
    for (const auto &help : m_list) {
        items.append(QVariantMap{{QStringLiteral("id"), QString::number(help.id)},
                                 {QStringLiteral("kiosk"), QString::fromStdString(help.kiosk)},
                                 {QStringLiteral("at"), localClock(help.requestedAtMs)},
                                 {QStringLiteral("waitingMinutes"),
                                  static_cast<int>(std::max<int64_t>(0, now - help.requestedAtMs) / 60000)}});
    }
    if (items != m_pending) {
        m_pending = items;
        emit pendingChanged();
    }
}

void HelpRequests::setOwn(int64_t id)
{
    if (id != m_ownId) {
        m_ownId = id;
        emit requestedChanged();
    }
}

void HelpRequests::setProblem(const QString &code)
{
    if (code != m_problem) {
        m_problem = code;
        emit problemChanged();
    }
}

}  // namespace motcua

#include "kiosk/app/day_figures.h"

#include <QDateTime>
#include <QTimeZone>
#include <QVariantList>
#include <algorithm>
#include <cmath>

#include "kiosk/core/log_categories.h"
#include "kiosk/core/vietnam_time.h"
#include "kiosk/store/session_journal.h"

namespace motcua {
namespace {

int64_t epochMs(std::chrono::system_clock::time_point at)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
}

Result<int64_t> countOutbox(Database &db, const char *column, int64_t fromMs, int64_t toMs)
{
    auto statement = db.prepare(std::string("SELECT count(*) FROM outbox WHERE ") + column + " >= ? AND " + column +
                                " < ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, fromMs).bind(2, toMs);
    auto row = statement->step();
    if (!row) {
        return unexpected(row.error());
    }
    return statement->columnInt(0);
}

double weightedMedian(std::vector<std::pair<double, int>> values)
{
    std::sort(values.begin(), values.end());
    int total = 0;
    for (const auto &[value, weight] : values) {
        total += weight;
    }
    int seen = 0;
    for (const auto &[value, weight] : values) {
        seen += weight;
        if (2 * seen >= total) {
            return value;
        }
    }
    return 0;
}

QString serviceName(const std::vector<queue::Service> &services, const std::string &code)
{
    for (const auto &service : services) {
        if (service.code == code) {
            return QString::fromStdString(service.nameVi);
        }
    }
    return QString::fromStdString(code);
}

}  // namespace

std::chrono::system_clock::time_point vietnamDayStart(std::chrono::system_clock::time_point at)
{
    using namespace std::chrono;
    const auto local = at + kVietnamUtcOffset;
    return time_point_cast<system_clock::duration>(floor<days>(local)) - kVietnamUtcOffset;
}

std::vector<QueueServiceDay> queueDayByService(const std::vector<queue::ServiceHourStats> &hours)
{
    std::vector<QueueServiceDay> days;
    std::vector<std::vector<std::pair<double, int>>> waits;
    for (const auto &hour : hours) {
        auto found = std::find_if(days.begin(), days.end(), [&](const auto &d) { return d.service == hour.service; });
        if (found == days.end()) {
            days.push_back({hour.service});
            waits.emplace_back();
            found = days.end() - 1;
        }
        found->issued += hour.tickets;
        found->served += hour.served;
        found->noShows += hour.noShows;
        if (hour.tickets > hour.noShows) {
            waits[found - days.begin()].emplace_back(hour.waitMedianS, hour.tickets - hour.noShows);
        }
    }
    for (size_t i = 0; i < days.size(); ++i) {
        days[i].medianWaitS = weightedMedian(waits[i]);
    }
    return days;
}

Result<DayFigureCounts> collectDayFigures(Database &db, queue::QueueHub *hub, std::chrono::system_clock::time_point now)
{
    const auto from = vietnamDayStart(now);
    const auto to = from + std::chrono::hours(24);
    DayFigureCounts counts;
    auto sessions = SessionJournal(db).figures(from, to);
    if (!sessions) {
        return unexpected(sessions.error());
    }
    counts.sessionsStarted = sessions->sessions;
    counts.sessionsFinished = sessions->finished;
    counts.sessionsAbandoned = sessions->abandoned + sessions->timedOut;
    auto submitted = countOutbox(db, "created_at", epochMs(from), epochMs(to));
    auto accepted = countOutbox(db, "accepted_at", epochMs(from), epochMs(to));
    if (!submitted || !accepted) {
        return unexpected(submitted ? accepted.error() : submitted.error());
    }
    counts.applicationsSubmitted = *submitted;
    counts.applicationsAccepted = *accepted;
    if (hub != nullptr) {
        auto queue = collectQueueDay(*hub, now);
        if (!queue) {
            return unexpected(queue.error());
        }
        counts.queue = std::move(*queue);
    }
    return counts;
}

Result<std::vector<QueueServiceDay>> collectQueueDay(queue::QueueHub &hub, std::chrono::system_clock::time_point now)
{
    auto hours = hub.stats(vietnamDayCode(now));
    if (!hours) {
        return unexpected(hours.error());
    }
    return queueDayByService(*hours);
}

DayFigures::DayFigures(Database &db, queue::QueueHub *hub, bool remoteHub, std::vector<queue::Service> services,
                       const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_hub(hub), m_worker(remoteHub), m_services(std::move(services)), m_clock(clock)
{
}

void DayFigures::refresh()
{
    const auto now = m_clock.wallNow();
    auto counts = collectDayFigures(m_db, nullptr, now);
    if (!counts) {
        qCWarning(lcUi) << "day figures not read:" << counts.error().code.c_str();
        m_problem = QString::fromStdString(counts.error().code);
        emit changed();
        return;
    }
    // The kiosk's own figures show at once; the queue's follow when the hub answers.
    publish(*counts, now);
    if (m_hub == nullptr) {
        return;
    }
    auto *hub = m_hub;
    m_worker.run<Result<std::vector<QueueServiceDay>>>(
        [hub, now] { return collectQueueDay(*hub, now); }, this,
        [this, local = *counts, now](const Result<std::vector<QueueServiceDay>> &queue) {
            if (!queue) {
                qCWarning(lcUi) << "queue figures not read:" << queue.error().code.c_str();
                m_problem = QString::fromStdString(queue.error().code);
                emit changed();
                return;
            }
            auto all = local;
            all.queue = *queue;
            publish(all, now);
        });
}

void DayFigures::publish(const DayFigureCounts &counts, std::chrono::system_clock::time_point now)
{
    QVariantList queue;
    for (const auto &service : counts.queue) {
        queue.append(QVariantMap{{QStringLiteral("service"), QString::fromStdString(service.service)},
                                 {QStringLiteral("name"), serviceName(m_services, service.service)},
                                 {QStringLiteral("issued"), service.issued},
                                 {QStringLiteral("served"), service.served},
                                 {QStringLiteral("noShows"), service.noShows},
                                 {QStringLiteral("medianWaitMinutes"),
                                  static_cast<int>(std::lround(service.medianWaitS / 60.0))}});
    }
    const auto local = QDateTime::fromMSecsSinceEpoch(epochMs(now), QTimeZone(7 * 3600));
    m_figures = QVariantMap{{QStringLiteral("day"), local.toString(QStringLiteral("dd/MM/yyyy"))},
                            {QStringLiteral("sessionsStarted"), qlonglong(counts.sessionsStarted)},
                            {QStringLiteral("sessionsFinished"), qlonglong(counts.sessionsFinished)},
                            {QStringLiteral("sessionsAbandoned"), qlonglong(counts.sessionsAbandoned)},
                            {QStringLiteral("applicationsSubmitted"), qlonglong(counts.applicationsSubmitted)},
                            {QStringLiteral("applicationsAccepted"), qlonglong(counts.applicationsAccepted)},
                            {QStringLiteral("queue"), queue}};
    m_problem.clear();
    emit changed();
}

}  // namespace motcua

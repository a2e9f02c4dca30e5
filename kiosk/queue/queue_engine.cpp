#include "kiosk/queue/queue_engine.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "kiosk/core/vietnam_time.h"
#include "kiosk/queue/queue_log.h"
#include "kiosk/queue/queue_stats.h"
#include "kiosk/queue/sql_atomic.h"

namespace motcua::queue {
namespace {

constexpr const char *kTicketColumns =
    "day, service, number, label, queue, priority, state, kiosk, issued_at, called_at, finished_at, counter,"
    " target_counter, calls";

constexpr const char *kEventColumns = "seq, kind, service, label, counter, at";

QueueEvent readEvent(const Statement &row)
{
    return {row.columnInt(0), row.columnText(1), row.columnText(2), row.columnText(3),
            static_cast<int>(row.columnInt(4)), row.columnInt(5)};
}

Ticket readTicket(const Statement &row)
{
    Ticket t;
    t.day = row.columnText(0);
    t.service = row.columnText(1);
    t.number = static_cast<int>(row.columnInt(2));
    t.label = row.columnText(3);
    t.queue = row.columnText(4);
    t.priority = priorityFromName(row.columnText(5)).value_or(Priority::None);
    t.state = ticketStateFromName(row.columnText(6)).value_or(TicketState::Waiting);
    t.kiosk = row.columnText(7);
    t.issuedAtMs = row.columnInt(8);
    t.calledAtMs = row.columnIsNull(9) ? 0 : row.columnInt(9);
    t.finishedAtMs = row.columnIsNull(10) ? 0 : row.columnInt(10);
    t.counter = row.columnIsNull(11) ? 0 : static_cast<int>(row.columnInt(11));
    t.targetCounter = row.columnIsNull(12) ? 0 : static_cast<int>(row.columnInt(12));
    t.calls = static_cast<int>(row.columnInt(13));
    return t;
}

// Median service time used until a service has enough served tickets of its own today.
constexpr double kDefaultServiceSeconds = 6 * 60;
constexpr int kServiceTimeSamples = 20;

}  // namespace

QueueEngine::QueueEngine(Database &db, const Clock &clock, std::vector<Service> services)
    : m_db(db), m_clock(clock), m_services(std::move(services))
{
}

std::string QueueEngine::today() const
{
    return vietnamDayCode(m_clock.wallNow());
}

int64_t QueueEngine::nowMs() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(m_clock.wallNow().time_since_epoch()).count();
}

const Service *QueueEngine::findService(const std::string &code) const
{
    for (const auto &service : m_services) {
        if (service.code == code) {
            return &service;
        }
    }
    return nullptr;
}

std::vector<int> QueueEngine::knownCounters() const
{
    std::set<int> counters;
    for (const auto &service : m_services) {
        counters.insert(service.counters.begin(), service.counters.end());
    }
    return {counters.begin(), counters.end()};
}

std::vector<std::string> QueueEngine::servicesOf(int counter) const
{
    std::vector<std::string> codes;
    for (const auto &service : m_services) {
        if (std::find(service.counters.begin(), service.counters.end(), counter) != service.counters.end()) {
            codes.push_back(service.code);
        }
    }
    return codes;
}

bool QueueEngine::isOpen(const Service &service) const
{
    const auto local = m_clock.wallNow() + kVietnamUtcOffset;
    const auto sinceMidnight = local - std::chrono::floor<std::chrono::days>(local);
    const int minute = static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(sinceMidnight).count());
    return minute >= service.opensAtMinute && minute < service.closesAtMinute;
}

Status QueueEngine::ensureNumbering(const std::string &day, const std::string &service)
{
    auto insert = m_db.prepare(
        "INSERT OR IGNORE INTO queue_numbering(day, service, next_up, next_down) VALUES(?, ?, 1, ?)");
    if (!insert) {
        return unexpected(insert.error());
    }
    insert->bind(1, day).bind(2, service).bind(3, int64_t{kLastNumber});
    return insert->run();
}

Result<std::optional<Ticket>> QueueEngine::ticketWhere(const std::string &clause,
                                                       const std::function<void(Statement &)> &bind)
{
    return selectOne(m_db, std::string("SELECT ") + kTicketColumns + " FROM queue_tickets " + clause, bind,
                     readTicket);
}

Result<QueueEngine::Numbering> QueueEngine::numberingOf(const std::string &day, const std::string &service)
{
    if (auto ensured = ensureNumbering(day, service); !ensured) {
        return unexpected(ensured.error());
    }
    auto row = selectOne(
        m_db,
        "SELECT coalesce((SELECT issued FROM queue_issued WHERE day = ?1 AND service = ?2), 0), next_up, next_down"
        " FROM queue_numbering WHERE day = ?1 AND service = ?2",
        [&](Statement &q) { q.bind(1, day).bind(2, service); },
        [](const Statement &q) {
            return Numbering{static_cast<int>(q.columnInt(0)), static_cast<int>(q.columnInt(1)),
                             static_cast<int>(q.columnInt(2))};
        });
    if (!row) {
        return unexpected(row.error());
    }
    if (!*row) {
        return fail("queue.numbering", "numbering row missing");
    }
    return **row;
}

Result<int> QueueEngine::peopleAhead(const Ticket &ticket)
{
    // Those called before it: every waiting priority ticket ahead of it in time, and, for an ordinary
    // ticket, every priority ticket at all.
    auto query = m_db.prepare(
        "SELECT count(*) FROM queue_tickets WHERE day = ? AND queue = ? AND state = 'waiting'"
        " AND NOT (service = ? AND number = ?)"
        " AND ((priority <> 'none' AND (? = 0 OR queued_at < ? OR (queued_at = ? AND number < ?)))"
        "   OR (? = 0 AND priority = 'none' AND (queued_at < ? OR (queued_at = ? AND number < ?))))");
    if (!query) {
        return unexpected(query.error());
    }
    const int64_t ordinary = ticket.priority == Priority::None ? 0 : 1;
    const int64_t queued = ticket.issuedAtMs;
    query->bind(1, ticket.day).bind(2, ticket.queue).bind(3, ticket.service).bind(4, int64_t{ticket.number});
    query->bind(5, ordinary).bind(6, queued).bind(7, queued).bind(8, int64_t{ticket.number});
    query->bind(9, ordinary).bind(10, queued).bind(11, queued).bind(12, int64_t{ticket.number});
    auto row = query->step();
    if (!row) {
        return unexpected(row.error());
    }
    return static_cast<int>(query->columnInt(0));
}

Result<int> QueueEngine::estimateWaitMinutes(const std::string &queue, int ahead)
{
    auto seconds = selectAll(
        m_db,
        "SELECT finished_at - coalesce(called_at, finished_at) FROM queue_tickets WHERE day = ? AND queue = ?"
        " AND state = 'served' ORDER BY finished_at DESC LIMIT ?",
        [&](Statement &q) { q.bind(1, today()).bind(2, queue).bind(3, int64_t{kServiceTimeSamples}); },
        [](const Statement &q) { return static_cast<double>(q.columnInt(0)) / 1000.0; });
    if (!seconds) {
        return unexpected(seconds.error());
    }
    const double perTicket = seconds->size() >= 3 ? percentile(*seconds, 50) : kDefaultServiceSeconds;
    auto paused = m_db.prepare("SELECT counter FROM queue_counters WHERE paused = 1");
    if (!paused) {
        return unexpected(paused.error());
    }
    std::set<int> pausedCounters;
    while (paused->step().value_or(false)) {
        pausedCounters.insert(static_cast<int>(paused->columnInt(0)));
    }
    int counters = 0;
    if (const auto *service = findService(queue)) {
        for (int counter : service->counters) {
            counters += pausedCounters.count(counter) ? 0 : 1;
        }
    }
    return waitMinutes(ahead, perTicket, counters);
}

Status QueueEngine::record(const std::string &kind, const std::string &service, const std::string &label,
                           int counter)
{
    auto insert = m_db.prepare("INSERT INTO queue_events(day, kind, service, label, counter, at) VALUES(?,?,?,?,?,?)");
    if (!insert) {
        return unexpected(insert.error());
    }
    insert->bind(1, today()).bind(2, kind).bind(3, service).bind(4, label).bind(5, int64_t{counter}).bind(6, nowMs());
    return insert->run();
}

Result<IssuedTicket> QueueEngine::describe(Ticket ticket, bool fromLease)
{
    IssuedTicket issued;
    issued.fromLease = fromLease;
    auto ahead = peopleAhead(ticket);
    if (!ahead) {
        return unexpected(ahead.error());
    }
    issued.peopleAhead = *ahead;
    auto wait = estimateWaitMinutes(ticket.queue, *ahead);
    if (!wait) {
        return unexpected(wait.error());
    }
    issued.estimatedWaitMinutes = *wait;
    issued.ticket = std::move(ticket);
    return issued;
}

Result<IssuedTicket> QueueEngine::issue(const std::string &kiosk, const std::string &serviceCode, Priority priority,
                                        const std::string &requestId)
{
    const Service *service = findService(serviceCode);
    if (service == nullptr) {
        return fail("queue.unknown_service", "no service '" + serviceCode + "' at this site");
    }
    std::optional<Ticket> issuedTicket;
    auto status = atomically(m_db, [&]() -> Status {
        if (!requestId.empty()) {
            auto earlier = ticketWhere("WHERE request_id = ?", [&](Statement &q) { q.bind(1, requestId); });
            if (!earlier) {
                return unexpected(earlier.error());
            }
            if (*earlier) {
                issuedTicket = **earlier;
                return {};
            }
        }
        if (!isOpen(*service)) {
            return fail("queue.closed", "service '" + serviceCode + "' is closed now");
        }
        const auto day = today();
        auto numbering = numberingOf(day, serviceCode);
        if (!numbering) {
            return unexpected(numbering.error());
        }
        const auto [issuedToday, next, top] = *numbering;
        if (issuedToday >= service->dailyCap) {
            return fail("queue.daily_cap", "today's " + std::to_string(service->dailyCap) + " numbers of '" +
                                               serviceCode + "' are given out");
        }
        if (next > top) {
            return fail("queue.numbers_exhausted", "no number left today for '" + serviceCode + "'");
        }
        Ticket t;
        t.day = day;
        t.service = serviceCode;
        t.number = next;
        t.label = ticketLabel(service->prefix, next);
        t.queue = serviceCode;
        t.priority = priority;
        t.kiosk = kiosk;
        t.issuedAtMs = nowMs();
        auto insert = m_db.prepare(
            "INSERT INTO queue_tickets(day, service, number, label, queue, priority, kiosk, request_id, issued_at,"
            " queued_at) VALUES(?,?,?,?,?,?,?,?,?,?)");
        if (!insert) {
            return unexpected(insert.error());
        }
        insert->bind(1, t.day).bind(2, t.service).bind(3, int64_t{t.number}).bind(4, t.label).bind(5, t.queue);
        insert->bind(6, priorityName(priority)).bind(7, kiosk);
        if (requestId.empty()) {
            insert->bindNull(8);
        } else {
            insert->bind(8, requestId);
        }
        insert->bind(9, t.issuedAtMs).bind(10, t.issuedAtMs);
        if (auto inserted = insert->run(); !inserted) {
            return inserted;
        }
        auto bump = m_db.prepare("UPDATE queue_numbering SET next_up = next_up + 1 WHERE day = ? AND service = ?");
        if (!bump) {
            return unexpected(bump.error());
        }
        bump->bind(1, day).bind(2, serviceCode);
        if (auto bumped = bump->run(); !bumped) {
            return bumped;
        }
        issuedTicket = t;
        return record("issued", serviceCode, t.label, 0);
    });
    if (!status) {
        return unexpected(status.error());
    }
    return describe(*issuedTicket, false);
}

Result<Lease> QueueEngine::lease(const std::string &kiosk, const std::string &serviceCode, int count)
{
    if (findService(serviceCode) == nullptr) {
        return fail("queue.unknown_service", "no service '" + serviceCode + "' at this site");
    }
    if (count < 1 || count > 100) {
        return fail("queue.bad_lease", "a lease holds 1–100 numbers");
    }
    Lease granted;
    auto status = atomically(m_db, [&]() -> Status {
        const auto day = today();
        auto numbering = numberingOf(day, serviceCode);
        if (!numbering) {
            return unexpected(numbering.error());
        }
        const auto [issuedToday, next, top] = *numbering;
        const int available = top - next + 1;
        if (available <= 0) {
            return fail("queue.numbers_exhausted", "no number left today for '" + serviceCode + "'");
        }
        const int size = std::min(count, available);
        granted = Lease{day, serviceCode, top - size + 1, top};
        auto insert =
            m_db.prepare("INSERT INTO queue_leases(day, service, kiosk, first, last, granted_at) VALUES(?,?,?,?,?,?)");
        if (!insert) {
            return unexpected(insert.error());
        }
        insert->bind(1, day).bind(2, serviceCode).bind(3, kiosk).bind(4, int64_t{granted.first});
        insert->bind(5, int64_t{granted.last}).bind(6, nowMs());
        if (auto inserted = insert->run(); !inserted) {
            return inserted;
        }
        auto lower = m_db.prepare("UPDATE queue_numbering SET next_down = ? WHERE day = ? AND service = ?");
        if (!lower) {
            return unexpected(lower.error());
        }
        lower->bind(1, int64_t{granted.first - 1}).bind(2, day).bind(3, serviceCode);
        return lower->run();
    });
    if (!status) {
        return unexpected(status.error());
    }
    qCDebug(lcQueue) << "lease" << granted.service.c_str() << granted.first << "-" << granted.last << "to"
                    << kiosk.c_str();
    return granted;
}

Result<SyncOutcome> QueueEngine::sync(const std::string &kiosk, const std::vector<Ticket> &tickets)
{
    SyncOutcome outcome;
    auto status = atomically(m_db, [&]() -> Status {
        auto leased = m_db.prepare(
            "SELECT 1 FROM queue_leases WHERE day = ? AND service = ? AND kiosk = ? AND first <= ? AND last >= ?");
        auto insert = m_db.prepare(
            "INSERT OR IGNORE INTO queue_tickets(day, service, number, label, queue, priority, kiosk, issued_at,"
            " queued_at) VALUES(?,?,?,?,?,?,?,?,?)");
        if (!leased || !insert) {
            return unexpected(leased ? insert.error() : leased.error());
        }
        for (const auto &t : tickets) {
            const Service *service = findService(t.service);
            leased->reset();
            leased->bind(1, t.day).bind(2, t.service).bind(3, kiosk).bind(4, int64_t{t.number}).bind(5,
                                                                                                   int64_t{t.number});
            auto row = leased->step();
            if (!row) {
                return unexpected(row.error());
            }
            if (!*row || service == nullptr) {
                ++outcome.rejected;
                qCWarning(lcQueue) << "sync: ticket" << t.label.c_str() << "is outside the leases of"
                                   << kiosk.c_str();
                continue;
            }
            insert->reset();
            insert->bind(1, t.day).bind(2, t.service).bind(3, int64_t{t.number});
            insert->bind(4, ticketLabel(service->prefix, t.number)).bind(5, t.service);
            insert->bind(6, priorityName(t.priority)).bind(7, kiosk).bind(8, t.issuedAtMs).bind(9, t.issuedAtMs);
            if (auto inserted = insert->run(); !inserted) {
                return inserted;
            }
            ++outcome.accepted;
            if (sqlite3_changes(m_db.handle()) > 0) {
                if (auto recorded = record("issued", t.service, ticketLabel(service->prefix, t.number), 0);
                    !recorded) {
                    return recorded;
                }
            }
        }
        return {};
    });
    if (!status) {
        return unexpected(status.error());
    }
    return outcome;
}

Status QueueEngine::ensureCounter(int counter)
{
    const auto counters = knownCounters();
    if (std::find(counters.begin(), counters.end(), counter) == counters.end()) {
        return fail("queue.unknown_counter", "counter " + std::to_string(counter) + " serves no service");
    }
    auto insert = m_db.prepare("INSERT OR IGNORE INTO queue_counters(counter) VALUES(?)");
    if (!insert) {
        return unexpected(insert.error());
    }
    insert->bind(1, int64_t{counter});
    return insert->run();
}

Result<CounterView> QueueEngine::counterView(int counter)
{
    CounterView view;
    view.counter = counter;
    auto query = m_db.prepare("SELECT paused, day, service, number FROM queue_counters WHERE counter = ?");
    if (!query) {
        return unexpected(query.error());
    }
    query->bind(1, int64_t{counter});
    auto row = query->step();
    if (!row) {
        return unexpected(row.error());
    }
    if (!*row) {
        return view;
    }
    view.paused = query->columnInt(0) != 0;
    if (!query->columnIsNull(3)) {
        const auto day = query->columnText(1);
        const auto service = query->columnText(2);
        const auto number = query->columnInt(3);
        auto ticket = ticketWhere("WHERE day = ? AND service = ? AND number = ?", [&](Statement &q) {
            q.bind(1, day).bind(2, service).bind(3, number);
        });
        if (!ticket) {
            return unexpected(ticket.error());
        }
        if (*ticket && (*ticket)->state == TicketState::Called && (*ticket)->day == today()) {
            view.current = **ticket;
        }
    }
    return view;
}

Result<CounterView> QueueEngine::act(int counter, CounterAction action)
{
    auto status = atomically(m_db, [&]() -> Status {
        if (auto ensured = ensureCounter(counter); !ensured) {
            return ensured;
        }
        auto view = counterView(counter);
        if (!view) {
            return unexpected(view.error());
        }
        auto finish = [&](const char *state, const char *kind) -> Status {
            const auto &t = *view->current;
            auto update = m_db.prepare(
                "UPDATE queue_tickets SET state = ?, finished_at = ? WHERE day = ? AND service = ? AND number = ?");
            auto clear = m_db.prepare("UPDATE queue_counters SET day = NULL, service = NULL, number = NULL"
                                      " WHERE counter = ?");
            if (!update || !clear) {
                return unexpected(update ? clear.error() : update.error());
            }
            update->bind(1, std::string(state)).bind(2, nowMs()).bind(3, t.day).bind(4, t.service).bind(
                5, int64_t{t.number});
            clear->bind(1, int64_t{counter});
            if (auto done = update->run(); !done) {
                return done;
            }
            if (auto done = clear->run(); !done) {
                return done;
            }
            return record(kind, t.queue, t.label, counter);
        };
        switch (action) {
        case CounterAction::Served:
        case CounterAction::NoShow:
            if (!view->current) {
                return fail("queue.no_current", "counter " + std::to_string(counter) + " has no called ticket");
            }
            return action == CounterAction::Served ? finish("served", "served") : finish("no_show", "no_show");
        case CounterAction::Recall: {
            if (!view->current) {
                return fail("queue.no_current", "counter " + std::to_string(counter) + " has no called ticket");
            }
            const auto &t = *view->current;
            auto update = m_db.prepare(
                "UPDATE queue_tickets SET calls = calls + 1 WHERE day = ? AND service = ? AND number = ?");
            if (!update) {
                return unexpected(update.error());
            }
            update->bind(1, t.day).bind(2, t.service).bind(3, int64_t{t.number});
            if (auto done = update->run(); !done) {
                return done;
            }
            return record("recalled", t.queue, t.label, counter);
        }
        case CounterAction::Next:
            break;
        }
        if (view->paused) {
            return fail("queue.counter_paused", "counter " + std::to_string(counter) + " is paused");
        }
        if (view->current) {
            // Calling the next one closes the current one as served.
            if (auto done = finish("served", "served"); !done) {
                return done;
            }
        }
        const auto services = servicesOf(counter);
        std::string in;
        for (size_t i = 0; i < services.size(); ++i) {
            in += (i ? ",'" : "'") + services[i] + "'";  // codes are [a-z0-9_] (checked by the config loader)
        }
        // Sent to this counter first, then priority tickets, then everyone else; each in arrival order.
        const auto day = today();
        // (By its own index: the planner would rather walk the whole line in arrival order.)
        auto next = ticketWhere("INDEXED BY queue_tickets_target WHERE target_counter = ? AND day = ?"
                                " AND state = 'waiting' ORDER BY queued_at, number LIMIT 1",
                                [&](Statement &q) { q.bind(1, int64_t{counter}).bind(2, day); });
        for (const char *line : {"state = 'waiting' AND priority <> 'none'", "state = 'waiting'"}) {
            if (!next || *next) {
                break;
            }
            next = ticketWhere(std::string("WHERE day = ? AND ") + line + " AND target_counter IS NULL AND queue IN (" + in +
                                   ") ORDER BY queued_at, number LIMIT 1",
                               [&](Statement &q) { q.bind(1, day); });
        }
        if (!next) {
            return unexpected(next.error());
        }
        if (!*next) {
            return {};
        }
        const auto &t = **next;
        auto update = m_db.prepare(
            "UPDATE queue_tickets SET state = 'called', called_at = ?, counter = ?, calls = 1, target_counter = NULL"
            " WHERE day = ? AND service = ? AND number = ?");
        auto assign = m_db.prepare("UPDATE queue_counters SET day = ?, service = ?, number = ? WHERE counter = ?");
        if (!update || !assign) {
            return unexpected(update ? assign.error() : update.error());
        }
        update->bind(1, nowMs()).bind(2, int64_t{counter}).bind(3, t.day).bind(4, t.service).bind(5,
                                                                                                 int64_t{t.number});
        assign->bind(1, t.day).bind(2, t.service).bind(3, int64_t{t.number}).bind(4, int64_t{counter});
        if (auto done = update->run(); !done) {
            return done;
        }
        if (auto done = assign->run(); !done) {
            return done;
        }
        return record("called", t.queue, t.label, counter);
    });
    if (!status) {
        return unexpected(status.error());
    }
    return counterView(counter);
}

Result<CounterView> QueueEngine::transfer(int counter, const std::string &toService, int toCounter)
{
    if (!toService.empty() && findService(toService) == nullptr) {
        return fail("queue.unknown_service", "no service '" + toService + "' at this site");
    }
    if (toService.empty() && toCounter == 0) {
        return fail("queue.bad_transfer", "a transfer names a service, a counter or both");
    }
    if (toCounter != 0) {
        const auto counters = knownCounters();
        if (std::find(counters.begin(), counters.end(), toCounter) == counters.end()) {
            return fail("queue.unknown_counter", "counter " + std::to_string(toCounter) + " serves no service");
        }
        if (!toService.empty()) {
            const auto &served = findService(toService)->counters;
            if (std::find(served.begin(), served.end(), toCounter) == served.end()) {
                return fail("queue.bad_transfer", "counter " + std::to_string(toCounter) + " does not serve '" +
                                                      toService + "'");
            }
        }
    }
    auto status = atomically(m_db, [&]() -> Status {
        auto view = counterView(counter);
        if (!view) {
            return unexpected(view.error());
        }
        if (!view->current) {
            return fail("queue.no_current", "counter " + std::to_string(counter) + " has no called ticket");
        }
        const auto &t = *view->current;
        // The ticket keeps its issue time, so it goes ahead of those who came after it: the citizen
        // does not queue again from the back.
        auto update = m_db.prepare(
            "UPDATE queue_tickets SET state = 'waiting', queue = ?, target_counter = ?, counter = NULL,"
            " transfers = transfers + 1 WHERE day = ? AND service = ? AND number = ?");
        auto clear =
            m_db.prepare("UPDATE queue_counters SET day = NULL, service = NULL, number = NULL WHERE counter = ?");
        if (!update || !clear) {
            return unexpected(update ? clear.error() : update.error());
        }
        update->bind(1, toService.empty() ? t.queue : toService);
        if (toCounter == 0) {
            update->bindNull(2);
        } else {
            update->bind(2, int64_t{toCounter});
        }
        update->bind(3, t.day).bind(4, t.service).bind(5, int64_t{t.number});
        clear->bind(1, int64_t{counter});
        if (auto done = update->run(); !done) {
            return done;
        }
        if (auto done = clear->run(); !done) {
            return done;
        }
        return record("transferred", toService.empty() ? t.queue : toService, t.label, toCounter);
    });
    if (!status) {
        return unexpected(status.error());
    }
    return counterView(counter);
}

Result<CounterView> QueueEngine::pause(int counter, bool paused)
{
    auto status = atomically(m_db, [&]() -> Status {
        if (auto ensured = ensureCounter(counter); !ensured) {
            return ensured;
        }
        auto view = counterView(counter);
        if (!view) {
            return unexpected(view.error());
        }
        if (paused && view->current) {
            return fail("queue.counter_busy", "finish or transfer the current ticket before pausing");
        }
        auto update = m_db.prepare("UPDATE queue_counters SET paused = ? WHERE counter = ?");
        if (!update) {
            return unexpected(update.error());
        }
        update->bind(1, int64_t{paused ? 1 : 0}).bind(2, int64_t{counter});
        if (auto done = update->run(); !done) {
            return done;
        }
        return record(paused ? "paused" : "resumed", "", "", counter);
    });
    if (!status) {
        return unexpected(status.error());
    }
    return counterView(counter);
}

Result<QueueSnapshot> QueueEngine::snapshot(int recentCalls)
{
    QueueSnapshot snap;
    snap.day = today();
    auto counts = m_db.prepare(
        "SELECT count(*), coalesce(sum(priority <> 'none'), 0) FROM queue_tickets"
        " WHERE day = ? AND queue = ? AND state = 'waiting'");
    auto issued = m_db.prepare("SELECT coalesce(sum(issued), 0) FROM queue_issued WHERE day = ? AND service = ?");
    if (!counts || !issued) {
        return unexpected(counts ? issued.error() : counts.error());
    }
    for (const auto &service : m_services) {
        ServiceView view{service.code, service.prefix, service.nameVi, service.nameEn, isOpen(service)};
        counts->reset();
        counts->bind(1, snap.day).bind(2, service.code);
        if (auto row = counts->step(); row && *row) {
            view.waiting = static_cast<int>(counts->columnInt(0));
            view.priorityWaiting = static_cast<int>(counts->columnInt(1));
        }
        issued->reset();
        issued->bind(1, snap.day).bind(2, service.code);
        if (auto row = issued->step(); row && *row) {
            view.issuedToday = static_cast<int>(issued->columnInt(0));
        }
        auto wait = estimateWaitMinutes(service.code, view.waiting);
        if (!wait) {
            return unexpected(wait.error());
        }
        view.estimatedWaitMinutes = *wait;
        snap.services.push_back(view);
    }
    for (int counter : knownCounters()) {
        auto view = counterView(counter);
        if (!view) {
            return unexpected(view.error());
        }
        snap.counters.push_back(*view);
    }
    auto calls = selectAll(m_db,
                           std::string("SELECT ") + kEventColumns +
                               " FROM queue_events WHERE day = ? AND kind IN ('called', 'recalled')"
                               " ORDER BY seq DESC LIMIT ?",
                           [&](Statement &q) { q.bind(1, snap.day).bind(2, int64_t{recentCalls}); }, readEvent);
    if (!calls) {
        return unexpected(calls.error());
    }
    snap.recentCalls = std::move(*calls);
    auto seq = lastSeq();
    if (!seq) {
        return unexpected(seq.error());
    }
    snap.lastSeq = *seq;
    return snap;
}

Result<int64_t> QueueEngine::lastSeq()
{
    auto query = m_db.prepare("SELECT coalesce(max(seq), 0) FROM queue_events");
    if (!query) {
        return unexpected(query.error());
    }
    if (auto row = query->step(); !row) {
        return unexpected(row.error());
    }
    return query->columnInt(0);
}

Result<std::vector<QueueEvent>> QueueEngine::eventsAfter(int64_t seq, int limit)
{
    return selectAll(m_db, std::string("SELECT ") + kEventColumns + " FROM queue_events WHERE seq > ? ORDER BY seq LIMIT ?",
                     [&](Statement &q) { q.bind(1, seq).bind(2, int64_t{limit}); }, readEvent);
}

Result<std::vector<ServiceHourStats>> QueueEngine::stats(const std::string &day)
{
    auto tickets = selectAll(m_db, std::string("SELECT ") + kTicketColumns + " FROM queue_tickets WHERE day = ?",
                             [&](Statement &q) { q.bind(1, day); }, readTicket);
    if (!tickets) {
        return unexpected(tickets.error());
    }
    return statsByServiceAndHour(*tickets);
}

}  // namespace motcua::queue

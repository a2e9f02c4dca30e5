#include "kiosk/queue/lease_store.h"

#include "kiosk/queue/sql_atomic.h"

namespace motcua::queue {

LeaseStore::LeaseStore(Database &db) : m_db(db) {}

Status LeaseStore::add(const Lease &lease)
{
    auto insert = m_db.prepare(
        "INSERT OR IGNORE INTO queue_local_leases(day, service, first, last, next) VALUES(?,?,?,?,?)");
    if (!insert) {
        return unexpected(insert.error());
    }
    insert->bind(1, lease.day).bind(2, lease.service).bind(3, int64_t{lease.first}).bind(4, int64_t{lease.last});
    insert->bind(5, int64_t{lease.first});
    return insert->run();
}

Result<int> LeaseStore::remaining(const std::string &day, const std::string &service)
{
    auto query = m_db.prepare(
        "SELECT coalesce(sum(last - next + 1), 0) FROM queue_local_leases WHERE day = ? AND service = ?"
        " AND next <= last");
    if (!query) {
        return unexpected(query.error());
    }
    query->bind(1, day).bind(2, service);
    if (auto row = query->step(); !row) {
        return unexpected(row.error());
    }
    return static_cast<int>(query->columnInt(0));
}

Result<Ticket> LeaseStore::issue(const std::string &day, const Service &service, Priority priority,
                                 const std::string &kiosk, int64_t issuedAtMs)
{
    Ticket ticket;
    auto status = atomically(m_db, [&]() -> Status {
        auto pick = m_db.prepare(
            "SELECT first, next FROM queue_local_leases WHERE day = ? AND service = ? AND next <= last"
            " ORDER BY first LIMIT 1");
        if (!pick) {
            return unexpected(pick.error());
        }
        pick->bind(1, day).bind(2, service.code);
        auto row = pick->step();
        if (!row) {
            return unexpected(row.error());
        }
        if (!*row) {
            return fail("queue.lease_exhausted", "no leased number left for '" + service.code + "'");
        }
        const int64_t first = pick->columnInt(0);
        const int number = static_cast<int>(pick->columnInt(1));
        auto advance = m_db.prepare(
            "UPDATE queue_local_leases SET next = next + 1 WHERE day = ? AND service = ? AND first = ?");
        if (!advance) {
            return unexpected(advance.error());
        }
        advance->bind(1, day).bind(2, service.code).bind(3, first);
        if (auto done = advance->run(); !done) {
            return done;
        }
        ticket.day = day;
        ticket.service = service.code;
        ticket.number = number;
        ticket.label = ticketLabel(service.prefix, number);
        ticket.queue = service.code;
        ticket.priority = priority;
        ticket.kiosk = kiosk;
        ticket.issuedAtMs = issuedAtMs;
        auto insert = m_db.prepare(
            "INSERT INTO queue_local_tickets(day, service, number, label, priority, issued_at) VALUES(?,?,?,?,?,?)");
        if (!insert) {
            return unexpected(insert.error());
        }
        insert->bind(1, day).bind(2, service.code).bind(3, int64_t{number}).bind(4, ticket.label);
        insert->bind(5, priorityName(priority)).bind(6, issuedAtMs);
        return insert->run();
    });
    if (!status) {
        return unexpected(status.error());
    }
    return ticket;
}

Result<std::vector<Ticket>> LeaseStore::unsynced(int limit)
{
    return selectAll(
        m_db,
        "SELECT day, service, number, label, priority, issued_at FROM queue_local_tickets WHERE synced = 0"
        " ORDER BY issued_at LIMIT ?",
        [&](Statement &q) { q.bind(1, int64_t{limit}); },
        [](const Statement &q) {
            Ticket t;
            t.day = q.columnText(0);
            t.service = q.columnText(1);
            t.number = static_cast<int>(q.columnInt(2));
            t.label = q.columnText(3);
            t.queue = t.service;
            t.priority = priorityFromName(q.columnText(4)).value_or(Priority::None);
            t.issuedAtMs = q.columnInt(5);
            return t;
        });
}

Status LeaseStore::markSynced(const std::vector<Ticket> &tickets)
{
    return atomically(m_db, [&]() -> Status {
        auto update =
            m_db.prepare("UPDATE queue_local_tickets SET synced = 1 WHERE day = ? AND service = ? AND number = ?");
        if (!update) {
            return unexpected(update.error());
        }
        for (const auto &t : tickets) {
            update->reset();
            update->bind(1, t.day).bind(2, t.service).bind(3, int64_t{t.number});
            if (auto done = update->run(); !done) {
                return done;
            }
        }
        return {};
    });
}

}  // namespace motcua::queue

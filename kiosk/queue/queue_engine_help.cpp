// QueueEngine's help requests ("Call a guide"), kept apart from the ticket rules.
#include "kiosk/queue/queue_engine.h"
#include "kiosk/queue/sql_atomic.h"

namespace motcua::queue {
namespace {

constexpr const char *kHelpColumns = "id, kiosk, requested_at, state, coalesce(settled_at, 0), settled_by";

HelpRequest readHelp(const Statement &row)
{
    HelpRequest help;
    help.id = row.columnInt(0);
    help.kiosk = row.columnText(1);
    help.requestedAtMs = row.columnInt(2);
    help.state = helpStateFromName(row.columnText(3)).value_or(HelpState::Pending);
    help.settledAtMs = row.columnInt(4);
    help.settledBy = row.columnText(5);
    return help;
}

}  // namespace

Result<std::optional<HelpRequest>> QueueEngine::helpWhere(const std::string &where,
                                                          const std::function<void(Statement &)> &bind)
{
    return selectOne(m_db, std::string("SELECT ") + kHelpColumns + " FROM help_requests WHERE " + where, bind,
                     readHelp);
}

Result<HelpRequest> QueueEngine::requestHelp(const std::string &kiosk)
{
    if (kiosk.empty()) {
        return fail("queue.no_kiosk", "a help request needs the kiosk's id");
    }
    HelpRequest help;
    auto status = atomically(m_db, [&]() -> Status {
        // A second press while the first is pending is the same request.
        auto open = helpWhere("kiosk = ? AND day = ? AND state = 'pending'",
                              [&](Statement &q) { q.bind(1, kiosk).bind(2, today()); });
        if (!open) {
            return unexpected(open.error());
        }
        if (*open) {
            help = **open;
            return {};
        }
        auto insert = m_db.prepare("INSERT INTO help_requests(day, kiosk, requested_at) VALUES(?, ?, ?)");
        if (!insert) {
            return unexpected(insert.error());
        }
        help.kiosk = kiosk;
        help.requestedAtMs = nowMs();
        insert->bind(1, today()).bind(2, kiosk).bind(3, help.requestedAtMs);
        if (auto done = insert->run(); !done) {
            return done;
        }
        help.id = sqlite3_last_insert_rowid(m_db.handle());
        return record("help_requested", "", std::to_string(help.id), 0);
    });
    if (!status) {
        return unexpected(status.error());
    }
    return help;
}

Result<HelpRequest> QueueEngine::settleHelp(int64_t id, HelpState outcome, const std::string &by)
{
    if (outcome == HelpState::Pending) {
        return fail("queue.bad_outcome", "a help request is settled as acknowledged or cancelled");
    }
    HelpRequest help;
    auto status = atomically(m_db, [&]() -> Status {
        auto found = helpWhere("id = ?", [&](Statement &q) { q.bind(1, id); });
        if (!found) {
            return unexpected(found.error());
        }
        if (!*found) {
            return fail("queue.unknown_help", "no help request " + std::to_string(id));
        }
        help = **found;
        if (help.state != HelpState::Pending) {
            return {};  // already answered (two guides pressed at once): the first answer stands
        }
        auto update = m_db.prepare("UPDATE help_requests SET state = ?, settled_at = ?, settled_by = ? WHERE id = ?");
        if (!update) {
            return unexpected(update.error());
        }
        help.state = outcome;
        help.settledAtMs = nowMs();
        help.settledBy = outcome == HelpState::Acknowledged ? by : std::string();
        update->bind(1, helpStateName(outcome)).bind(2, help.settledAtMs).bind(3, help.settledBy).bind(4, id);
        if (auto done = update->run(); !done) {
            return done;
        }
        return record(outcome == HelpState::Acknowledged ? "help_acknowledged" : "help_cancelled", "",
                      std::to_string(id), 0);
    });
    if (!status) {
        return unexpected(status.error());
    }
    return help;
}

Result<std::vector<HelpRequest>> QueueEngine::pendingHelp()
{
    return selectAll(m_db,
                     std::string("SELECT ") + kHelpColumns +
                         " FROM help_requests WHERE day = ? AND state = 'pending' ORDER BY id",
                     [&](Statement &q) { q.bind(1, today()); }, readHelp);
}

}  // namespace motcua::queue

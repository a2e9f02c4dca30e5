#include "kiosk/store/session_journal.h"

namespace motcua {
namespace {

int64_t epochSeconds(std::chrono::system_clock::time_point at)
{
    return std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
}

Status runWith(Database &db, const std::string &sql, const std::string &first, const std::string &second)
{
    auto statement = db.prepare(sql);
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, first).bind(2, second);
    return statement->run();
}

}  // namespace

Status SessionJournal::recordStart(const std::string &sessionId, std::chrono::system_clock::time_point at)
{
    auto statement = m_db.prepare("INSERT OR IGNORE INTO session_journal(session_id, started_at) VALUES(?, ?)");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, sessionId).bind(2, epochSeconds(at));
    return statement->run();
}

Status SessionJournal::recordLanguage(const std::string &sessionId, const std::string &language)
{
    return runWith(m_db, "UPDATE session_journal SET language = ?2 WHERE session_id = ?1", sessionId, language);
}

Status SessionJournal::recordService(const std::string &sessionId, const std::string &service)
{
    return runWith(m_db,
                   "UPDATE session_journal SET services = CASE WHEN services = '' THEN ?2 "
                   "ELSE services || ',' || ?2 END WHERE session_id = ?1",
                   sessionId, service);
}

Status SessionJournal::recordEnd(const std::string &sessionId, const std::string &outcome,
                                 std::chrono::system_clock::time_point at)
{
    auto statement = m_db.prepare("UPDATE session_journal SET outcome = ?, ended_at = ? WHERE session_id = ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, outcome).bind(2, epochSeconds(at)).bind(3, sessionId);
    return statement->run();
}

Result<DaySessionFigures> SessionJournal::figures(std::chrono::system_clock::time_point from,
                                                  std::chrono::system_clock::time_point to)
{
    auto statement = m_db.prepare(
        "SELECT count(*), sum(outcome = 'finished'), sum(outcome = 'abandoned'), sum(outcome = 'timed_out') "
        "FROM session_journal WHERE started_at >= ? AND started_at < ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, epochSeconds(from)).bind(2, epochSeconds(to));
    auto row = statement->step();
    if (!row) {
        return unexpected(row.error());
    }
    return DaySessionFigures{statement->columnInt(0), statement->columnInt(1), statement->columnInt(2),
                             statement->columnInt(3)};
}

}  // namespace motcua

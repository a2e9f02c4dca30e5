#include "kiosk/store/outbox_store.h"

#include <QUuid>
#include <cstdio>

#include "kiosk/core/vietnam_time.h"

namespace motcua {
namespace {

constexpr const char *kColumns =
    "local_ref, idempotency_key, procedure, state, attempts, created_at, next_attempt_at, last_error,"
    " coalesce(receipt_number, ''), coalesce(fee_vnd, 0), coalesce(expected_return_date, ''), summary";

OutboxState stateFromName(const std::string &name)
{
    if (name == "accepted") {
        return OutboxState::Accepted;
    }
    return name == "failed" ? OutboxState::Failed : OutboxState::Pending;
}

OutboxEntry readEntry(const Statement &row)
{
    OutboxEntry entry;
    entry.localRef = row.columnText(0);
    entry.idempotencyKey = row.columnText(1);
    entry.procedure = row.columnText(2);
    entry.state = stateFromName(row.columnText(3));
    entry.attempts = static_cast<int>(row.columnInt(4));
    entry.createdAtMs = row.columnInt(5);
    entry.nextAttemptAtMs = row.columnInt(6);
    entry.lastError = row.columnText(7);
    entry.receiptNumber = row.columnText(8);
    entry.feeVnd = row.columnInt(9);
    entry.expectedReturnDate = row.columnText(10);
    entry.summaryJson = row.columnText(11);
    return entry;
}

Result<std::vector<OutboxEntry>> readAll(Statement &statement)
{
    std::vector<OutboxEntry> entries;
    for (;;) {
        auto row = statement.step();
        if (!row) {
            return unexpected(row.error());
        }
        if (!*row) {
            return entries;
        }
        entries.push_back(readEntry(statement));
    }
}

int64_t epochMs(std::chrono::system_clock::time_point at)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
}

Result<int64_t> changes(Database &db, Status status)
{
    if (!status) {
        return unexpected(status.error());
    }
    return static_cast<int64_t>(sqlite3_changes(db.handle()));
}

}  // namespace

const char *outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending: return "pending";
    case OutboxState::Accepted: return "accepted";
    case OutboxState::Failed: return "failed";
    }
    return "unknown";
}

Result<OutboxEntry> OutboxStore::enqueue(const std::string &refPrefix, const std::string &procedure,
                                         const std::function<std::string(const OutboxEntry &)> &payloadFor,
                                         const std::string &summaryJson, std::chrono::system_clock::time_point now)
{
    OutboxEntry entry;
    auto status = m_db.transaction([&]() -> Status {
        const auto day = vietnamDayCode(now);
        auto next = m_db.prepare(
            "INSERT INTO outbox_sequence(day, last) VALUES(?1, 1) "
            "ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last");
        if (!next) {
            return unexpected(next.error());
        }
        next->bind(1, day);
        auto row = next->step();
        if (!row || !*row) {
            return fail("store.outbox", "cannot allocate a local reference");
        }
        char sequence[8];
        std::snprintf(sequence, sizeof sequence, "%04lld", static_cast<long long>(next->columnInt(0)));
        entry.localRef = refPrefix + "-" + day + "-" + sequence;
        entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        entry.procedure = procedure;
        entry.createdAtMs = epochMs(now);
        entry.nextAttemptAtMs = entry.createdAtMs;
        entry.summaryJson = summaryJson;
        auto insert = m_db.prepare(
            "INSERT INTO outbox(local_ref, idempotency_key, procedure, created_at, payload, next_attempt_at, summary)"
            " VALUES(?, ?, ?, ?, ?, ?, ?)");
        if (!insert) {
            return unexpected(insert.error());
        }
        insert->bind(1, entry.localRef)
            .bind(2, entry.idempotencyKey)
            .bind(3, procedure)
            .bind(4, entry.createdAtMs)
            .bind(5, payloadFor(entry))
            .bind(6, entry.nextAttemptAtMs)
            .bind(7, summaryJson);
        return insert->run();
    });
    if (!status) {
        return unexpected(status.error());
    }
    return entry;
}

Result<std::vector<OutboxEntry>> OutboxStore::due(int64_t nowMs, int limit)
{
    auto statement = m_db.prepare(std::string("SELECT ") + kColumns +
                                  " FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?"
                                  " ORDER BY next_attempt_at, created_at LIMIT ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, nowMs).bind(2, int64_t{limit});
    return readAll(*statement);
}

Result<std::string> OutboxStore::payload(const std::string &localRef)
{
    auto statement = m_db.prepare("SELECT payload FROM outbox WHERE local_ref = ? AND payload IS NOT NULL");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, localRef);
    auto row = statement->step();
    if (!row) {
        return unexpected(row.error());
    }
    if (!*row) {
        return fail("store.outbox_missing", "no payload for " + localRef);
    }
    return statement->columnText(0);
}

Result<std::optional<OutboxEntry>> OutboxStore::find(const std::string &localRef)
{
    auto statement = m_db.prepare(std::string("SELECT ") + kColumns + " FROM outbox WHERE local_ref = ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, localRef);
    auto entries = readAll(*statement);
    if (!entries) {
        return unexpected(entries.error());
    }
    if (entries->empty()) {
        return std::optional<OutboxEntry>();
    }
    return std::optional<OutboxEntry>(entries->front());
}

Result<std::vector<OutboxEntry>> OutboxStore::list(int limit)
{
    auto statement = m_db.prepare(std::string("SELECT ") + kColumns + " FROM outbox ORDER BY created_at DESC LIMIT ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, int64_t{limit});
    return readAll(*statement);
}

Result<int64_t> OutboxStore::pendingCount()
{
    auto statement = m_db.prepare("SELECT count(*) FROM outbox WHERE state = 'pending'");
    if (!statement) {
        return unexpected(statement.error());
    }
    auto row = statement->step();
    if (!row) {
        return unexpected(row.error());
    }
    return statement->columnInt(0);
}

Status OutboxStore::markAccepted(const std::string &localRef, const OutboxAcceptance &acceptance, int64_t nowMs)
{
    // The personal data goes in the same transaction as the acceptance is recorded.
    auto statement = m_db.prepare(
        "UPDATE outbox SET state = 'accepted', payload = NULL, receipt_number = ?, fee_vnd = ?,"
        " expected_return_date = ?, accepted_at = ?, attempts = attempts + 1, last_error = ''"
        " WHERE local_ref = ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, acceptance.receiptNumber)
        .bind(2, acceptance.feeVnd)
        .bind(3, acceptance.expectedReturnDate)
        .bind(4, nowMs)
        .bind(5, localRef);
    return statement->run();
}

Status OutboxStore::markRetry(const std::string &localRef, const std::string &errorCode, int64_t nextAttemptAtMs)
{
    auto statement = m_db.prepare(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
        "WHERE local_ref = ? AND state = 'pending'");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, errorCode).bind(2, nextAttemptAtMs).bind(3, localRef);
    return statement->run();
}

Status OutboxStore::markFailed(const std::string &localRef, const std::string &errorCode)
{
    auto statement = m_db.prepare(
        "UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ? "
        "WHERE local_ref = ? AND state = 'pending'");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, errorCode).bind(2, localRef);
    return statement->run();
}

Result<int64_t> OutboxStore::retryNow(const std::string &localRef, int64_t nowMs)
{
    auto statement = m_db.prepare(
        "UPDATE outbox SET state = 'pending', next_attempt_at = ?1 "
        "WHERE state IN ('pending', 'failed') AND payload IS NOT NULL AND (?2 = '' OR local_ref = ?2)");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, nowMs).bind(2, localRef);
    return changes(m_db, statement->run());
}

Result<int64_t> OutboxStore::purgeAccepted(int64_t beforeMs)
{
    auto statement = m_db.prepare("DELETE FROM outbox WHERE state = 'accepted' AND accepted_at < ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, beforeMs);
    return changes(m_db, statement->run());
}

Result<int64_t> OutboxStore::purge(const std::string &localRef)
{
    auto statement = m_db.prepare("DELETE FROM outbox WHERE local_ref = ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, localRef);
    return changes(m_db, statement->run());
}

}  // namespace motcua

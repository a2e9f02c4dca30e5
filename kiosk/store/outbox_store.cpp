#include "kiosk/store/outbox_store.h"

#include <QUuid>
#include <cstdio>
#include <utility>

#include "kiosk/core/log_categories.h"
#include "kiosk/core/vietnam_time.h"
#include "kiosk/privacy/payload_cipher.h"
#include "kiosk/privacy/secure_wipe.h"

namespace motcua {
namespace {

constexpr const char *kColumns =
    "local_ref, idempotency_key, procedure, state, attempts, created_at, next_attempt_at, last_error,"
    " coalesce(receipt_number, ''), coalesce(fee_vnd, 0), coalesce(expected_return_date, ''), CAST(summary AS BLOB)";

OutboxState stateFromName(const std::string &name)
{
    if (name == "accepted") {
        return OutboxState::Accepted;
    }
    return name == "failed" ? OutboxState::Failed : OutboxState::Pending;
}

// Statement only binds and reads text; a sealed payload is a BLOB with NUL bytes.
class BlobStatement {
public:
    static Result<BlobStatement> prepare(Database &db, const std::string &sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
            return fail("store.prepare", sqlite3_errmsg(db.handle()));
        }
        return BlobStatement(statement);
    }
    BlobStatement(BlobStatement &&other) noexcept : m_statement(std::exchange(other.m_statement, nullptr)) {}
    BlobStatement(const BlobStatement &) = delete;
    ~BlobStatement() { sqlite3_finalize(m_statement); }

    void bindText(int index, const std::string &value)
    {
        sqlite3_bind_text(m_statement, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    }
    void bindInt(int index, int64_t value) { sqlite3_bind_int64(m_statement, index, value); }
    void bindBlob(int index, const std::string &value)
    {
        sqlite3_bind_blob(m_statement, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    }
    Result<bool> step()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
            return rc == SQLITE_ROW;
        }
        return fail("store.step", sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    }
    void reset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    int64_t integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    std::string text(int column) const
    {
        const auto *data = sqlite3_column_text(m_statement, column);
        return data != nullptr ? std::string(reinterpret_cast<const char *>(data)) : std::string();
    }
    std::string blob(int column) const
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        const int size = sqlite3_column_bytes(m_statement, column);
        return data != nullptr ? std::string(data, static_cast<size_t>(size)) : std::string();
    }

private:
    explicit BlobStatement(sqlite3_stmt *statement) : m_statement(statement) {}
    sqlite3_stmt *m_statement;
};

std::string summaryContext(const std::string &localRef)
{
    return localRef + "/summary";
}

// The summary holds the shortened name for the receipt: sealed like the
// payload. Without the key (or for a damaged row) it reads as "{}".
std::string openSummary(const DataKey *key, const std::string &stored, const std::string &localRef)
{
    if (!isSealedPayload(stored)) {
        return stored;
    }
    if (key == nullptr) {
        return "{}";
    }
    return openPayload(*key, stored, summaryContext(localRef)).value_or("{}");
}

OutboxEntry readEntry(const BlobStatement &row, const DataKey *key)
{
    OutboxEntry entry;
    entry.localRef = row.text(0);
    entry.idempotencyKey = row.text(1);
    entry.procedure = row.text(2);
    entry.state = stateFromName(row.text(3));
    entry.attempts = static_cast<int>(row.integer(4));
    entry.createdAtMs = row.integer(5);
    entry.nextAttemptAtMs = row.integer(6);
    entry.lastError = row.text(7);
    entry.receiptNumber = row.text(8);
    entry.feeVnd = row.integer(9);
    entry.expectedReturnDate = row.text(10);
    entry.summaryJson = openSummary(key, row.blob(11), entry.localRef);
    return entry;
}

Result<std::vector<OutboxEntry>> readAll(BlobStatement &statement, const DataKey *key)
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
        entries.push_back(readEntry(statement, key));
    }
}

int64_t epochMs(std::chrono::system_clock::time_point at)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
}

constexpr const char *kKeyIdState = "privacy.data_key_id";

Result<int64_t> changes(Database &db, Status status)
{
    if (!status) {
        return unexpected(status.error());
    }
    return static_cast<int64_t>(sqlite3_changes(db.handle()));
}

}  // namespace

OutboxStore::OutboxStore(Database &db) : OutboxStore(db, defaultDataKeyLocation(db.directory())) {}

OutboxStore::OutboxStore(Database &db, DataKeyLocation key) : m_db(db), m_keyLocation(std::move(key)) {}

const DataKey *OutboxStore::keyIfAvailable()
{
    return ready() ? &*m_key : nullptr;
}

Status OutboxStore::ready()
{
    if (m_key) {
        return {};
    }
    auto key = loadDataKey(m_keyLocation);
    if (!key) {
        return unexpected(key.error());
    }
    if (auto matches = checkKeyMatchesDatabase(*key); !matches) {
        return matches;
    }
    if (auto sealed = sealClearPayloads(*key); !sealed) {
        return sealed;
    }
    m_key = *key;
    return {};
}

// The database remembers the fingerprint of the key its payloads are sealed
// with, so a wrong key is reported once, clearly, instead of as damaged rows.
Status OutboxStore::checkKeyMatchesDatabase(const DataKey &key)
{
    return m_db.transaction([&]() -> Status {
        auto read = m_db.prepare("SELECT value FROM kiosk_state WHERE key = ?");
        if (!read) {
            return unexpected(read.error());
        }
        read->bind(1, std::string(kKeyIdState));
        auto row = read->step();
        if (!row) {
            return unexpected(row.error());
        }
        const std::string recorded = *row ? read->columnText(0) : std::string();
        if (recorded == key.id()) {
            return {};
        }
        if (!recorded.empty()) {
            auto sealed = m_db.prepare("SELECT count(*) FROM outbox WHERE payload IS NOT NULL");
            if (!sealed || !sealed->step().value_or(false)) {
                return fail("store.outbox", "cannot count the outbox payloads");
            }
            if (sealed->columnInt(0) > 0) {
                return fail("privacy.key_wrong", "the data key " + m_keyLocation.file.string() + " (id " + key.id() +
                                                     ") is not the key this database's applications are sealed with"
                                                     " (id " + recorded + "); restore the original key");
            }
            qCWarning(lcStore) << "data key changed from" << recorded.c_str() << "to" << key.id().c_str()
                               << "with no payload waiting";
        }
        auto write = m_db.prepare(
            "INSERT INTO kiosk_state(key, value, updated_at) VALUES(?1, ?2, strftime('%s','now'))"
            " ON CONFLICT(key) DO UPDATE SET value = ?2, updated_at = strftime('%s','now')");
        if (!write) {
            return unexpected(write.error());
        }
        write->bind(1, std::string(kKeyIdState)).bind(2, key.id());
        return write->run();
    });
}

// Rows from before encryption (or written by an older build) are sealed in
// place; the WAL is then truncated so no clear copy stays in it.
Status OutboxStore::sealClearPayloads(const DataKey &key)
{
    int64_t sealedRows = 0;
    // A column's values that are not sealed yet (an empty summary "{}" holds nothing to hide).
    const auto sealColumn = [&](const std::string &column, const std::string &contextSuffix) -> Status {
        return m_db.transaction([&]() -> Status {
            auto clear = BlobStatement::prepare(
                m_db, "SELECT local_ref, CAST(" + column + " AS BLOB) FROM outbox WHERE " + column +
                          " IS NOT NULL AND " + column + " <> '{}' AND (typeof(" + column + ") <> 'blob' OR substr(" +
                          column + ", 1, 4) <> CAST('mcp1' AS BLOB))");
            auto update = BlobStatement::prepare(m_db, "UPDATE outbox SET " + column + " = ? WHERE local_ref = ?");
            if (!clear || !update) {
                return unexpected(!clear ? clear.error() : update.error());
            }
            for (;;) {
                auto row = clear->step();
                if (!row) {
                    return unexpected(row.error());
                }
                if (!*row) {
                    return {};
                }
                const auto localRef = clear->text(0);
                auto sealed = sealPayload(key, clear->blob(1), localRef + contextSuffix);
                if (!sealed) {
                    return unexpected(sealed.error());
                }
                update->bindBlob(1, *sealed);
                update->bindText(2, localRef);
                if (auto done = update->step(); !done) {
                    return unexpected(done.error());
                }
                update->reset();
                ++sealedRows;
            }
        });
    };
    auto status = sealColumn("payload", "");
    if (status) {
        status = sealColumn("summary", summaryContext(""));
    }
    if (status && sealedRows > 0) {
        qCInfo(lcStore) << "sealed" << sealedRows << "outbox payloads and summaries stored in clear";
        (void)m_db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    return status;
}

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
    if (auto keyReady = ready(); !keyReady) {
        return unexpected(keyReady.error());
    }
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
        std::string plain = payloadFor(entry);
        const WipeOnExit wipe{&plain};
        auto sealed = sealPayload(*m_key, plain, entry.localRef);
        if (!sealed) {
            return unexpected(sealed.error());
        }
        auto insert = BlobStatement::prepare(
            m_db,
            "INSERT INTO outbox(local_ref, idempotency_key, procedure, created_at, payload, next_attempt_at, summary)"
            " VALUES(?, ?, ?, ?, ?, ?, ?)");
        if (!insert) {
            return unexpected(insert.error());
        }
        insert->bindText(1, entry.localRef);
        insert->bindText(2, entry.idempotencyKey);
        insert->bindText(3, procedure);
        insert->bindInt(4, entry.createdAtMs);
        insert->bindBlob(5, *sealed);
        insert->bindInt(6, entry.nextAttemptAtMs);
        auto sealedSummary = sealPayload(*m_key, summaryJson, summaryContext(entry.localRef));
        if (!sealedSummary) {
            return unexpected(sealedSummary.error());
        }
        insert->bindBlob(7, *sealedSummary);
        auto done = insert->step();
        return done ? Status{} : Status(unexpected(done.error()));
    });
    if (!status) {
        return unexpected(status.error());
    }
    return entry;
}

Result<std::vector<OutboxEntry>> OutboxStore::due(int64_t nowMs, int limit)
{
    // Due entries are about to be sent: without the key nothing can be, so say so once
    // here rather than let every payload fail (and be marked failed) one by one.
    if (auto keyReady = ready(); !keyReady) {
        return unexpected(keyReady.error());
    }
    auto statement = BlobStatement::prepare(m_db, std::string("SELECT ") + kColumns +
                                                      " FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?"
                                                      " ORDER BY next_attempt_at, created_at LIMIT ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bindInt(1, nowMs);
    statement->bindInt(2, int64_t{limit});
    return readAll(*statement, &*m_key);
}

Result<std::string> OutboxStore::payload(const std::string &localRef)
{
    if (auto keyReady = ready(); !keyReady) {
        return unexpected(keyReady.error());
    }
    auto statement = BlobStatement::prepare(
        m_db, "SELECT CAST(payload AS BLOB) FROM outbox WHERE local_ref = ? AND payload IS NOT NULL");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bindText(1, localRef);
    auto row = statement->step();
    if (!row) {
        return unexpected(row.error());
    }
    if (!*row) {
        return fail("store.outbox_missing", "no payload for " + localRef);
    }
    return openPayload(*m_key, statement->blob(0), localRef);
}

Result<std::optional<OutboxEntry>> OutboxStore::find(const std::string &localRef)
{
    auto statement = BlobStatement::prepare(m_db, std::string("SELECT ") + kColumns + " FROM outbox WHERE local_ref = ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bindText(1, localRef);
    auto entries = readAll(*statement, keyIfAvailable());
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
    auto statement =
        BlobStatement::prepare(m_db, std::string("SELECT ") + kColumns + " FROM outbox ORDER BY created_at DESC LIMIT ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bindInt(1, int64_t{limit});
    return readAll(*statement, keyIfAvailable());
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

namespace motcua {

Result<int64_t> OutboxStore::forgetAccepted(int64_t acceptedBeforeMs)
{
    auto statement = m_db.prepare(
        "UPDATE outbox SET payload = NULL, summary = '{}' WHERE state = 'accepted' AND accepted_at < ?"
        " AND (payload IS NOT NULL OR typeof(summary) <> 'text' OR summary <> '{}')");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, acceptedBeforeMs);
    return changes(m_db, statement->run());
}

Result<std::vector<std::string>> OutboxStore::forgetUnsent(
    int64_t createdBeforeMs, const std::function<Status(const std::string &)> &onForgotten)
{
    std::vector<std::string> forgotten;
    auto status = m_db.transaction([&]() -> Status {
        auto select = m_db.prepare(
            "SELECT local_ref FROM outbox WHERE state IN ('pending', 'failed') AND created_at < ?"
            " AND payload IS NOT NULL ORDER BY created_at");
        auto update = m_db.prepare(
            "UPDATE outbox SET payload = NULL, summary = '{}', state = 'failed',"
            " last_error = 'privacy.retention_expired' WHERE local_ref = ?");
        if (!select || !update) {
            return unexpected(!select ? select.error() : update.error());
        }
        select->bind(1, createdBeforeMs);
        for (;;) {
            auto row = select->step();
            if (!row) {
                return unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            forgotten.push_back(select->columnText(0));
        }
        for (const auto &localRef : forgotten) {
            update->bind(1, localRef);
            if (auto done = update->run(); !done) {
                return done;
            }
            update->reset();
            if (auto noted = onForgotten(localRef); !noted) {
                return noted;
            }
        }
        return {};
    });
    if (!status) {
        return unexpected(status.error());
    }
    return forgotten;
}

}  // namespace motcua

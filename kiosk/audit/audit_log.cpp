#include "kiosk/audit/audit_log.h"

#include <chrono>
#include <cstdlib>

namespace motcua {
namespace {

constexpr const char *kHeadState = "audit.head";

Result<std::vector<AuditRecord>> readRecords(Statement &statement)
{
    std::vector<AuditRecord> records;
    for (;;) {
        auto row = statement.step();
        if (!row) {
            return unexpected(row.error());
        }
        if (!*row) {
            return records;
        }
        records.push_back({statement.columnInt(0), statement.columnInt(1), statement.columnText(2),
                           statement.columnText(3), statement.columnText(4), statement.columnText(5),
                           statement.columnText(6)});
    }
}

constexpr const char *kSelect = "SELECT seq, at_ms, event, actor, detail, prev_hash, hash FROM audit_log";

}  // namespace

Result<AuditRecord> AuditLog::append(AuditEvent event, const std::string &actor, const std::string &detail)
{
    Result<AuditRecord> appended = fail("audit.append", "not appended");
    auto status = m_db.transaction([&]() -> Status {
        appended = appendInTransaction(event, actor, detail);
        return appended ? Status{} : Status(unexpected(appended.error()));
    });
    if (!status) {
        return unexpected(status.error());
    }
    return appended;
}

Result<AuditRecord> AuditLog::appendInTransaction(AuditEvent event, const std::string &actor,
                                                  const std::string &detail)
{
    auto last = m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!last) {
        return unexpected(last.error());
    }
    auto row = last->step();
    if (!row) {
        return unexpected(row.error());
    }
    AuditRecord record;
    record.seq = *row ? last->columnInt(0) + 1 : 1;
    record.prevHash = *row ? last->columnText(1) : auditGenesisHash();
    record.atMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_clock.wallNow().time_since_epoch()).count();
    record.event = auditEventName(event);
    record.actor = actor;
    record.detail = detail;
    record.hash = auditRowHash(record);

    auto insert = m_db.prepare(
        "INSERT INTO audit_log(seq, at_ms, event, actor, detail, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?)");
    if (!insert) {
        return unexpected(insert.error());
    }
    insert->bind(1, record.seq)
        .bind(2, record.atMs)
        .bind(3, record.event)
        .bind(4, record.actor)
        .bind(5, record.detail)
        .bind(6, record.prevHash)
        .bind(7, record.hash);
    if (auto done = insert->run(); !done) {
        return unexpected(done.error());
    }
    auto head = m_db.prepare(
        "INSERT INTO kiosk_state(key, value, updated_at) VALUES(?1, ?2, ?3)"
        " ON CONFLICT(key) DO UPDATE SET value = ?2, updated_at = ?3");
    if (!head) {
        return unexpected(head.error());
    }
    head->bind(1, std::string(kHeadState))
        .bind(2, std::to_string(record.seq) + " " + record.hash)
        .bind(3, record.atMs / 1000);
    if (auto done = head->run(); !done) {
        return unexpected(done.error());
    }
    return record;
}

Result<std::vector<AuditRecord>> AuditLog::list(int64_t sinceMs, int limit)
{
    auto statement = m_db.prepare(std::string(kSelect) + " WHERE at_ms >= ? ORDER BY seq LIMIT ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, sinceMs).bind(2, int64_t{limit});
    return readRecords(*statement);
}

Result<AuditVerification> AuditLog::verify()
{
    // One read transaction: a row appended meanwhile must not look like an unanchored insert.
    if (auto begun = m_db.execute("BEGIN"); !begun) {
        return unexpected(begun.error());
    }
    auto statement = m_db.prepare(std::string(kSelect) + " ORDER BY seq");
    auto records = statement ? readRecords(*statement) : Result<std::vector<AuditRecord>>(unexpected(statement.error()));
    std::optional<AuditHead> anchor;
    auto head = m_db.prepare("SELECT value FROM kiosk_state WHERE key = ?");
    if (head) {
        head->bind(1, std::string(kHeadState));
        if (head->step().value_or(false)) {
            const auto value = head->columnText(0);
            const auto space = value.find(' ');
            if (space != std::string::npos) {
                anchor = AuditHead{std::strtoll(value.c_str(), nullptr, 10), value.substr(space + 1)};
            }
        }
    }
    (void)m_db.execute("COMMIT");
    if (!records) {
        return unexpected(records.error());
    }
    return verifyAuditChain(*records, anchor);
}

}  // namespace motcua

#pragma once
// The audit log in SQLite (table audit_log, migration 6+): append-only,
// hash-chained, and guarded by triggers that refuse UPDATE and DELETE, a
// second line of defence behind the chain. The head (last seq and hash) is
// also kept in kiosk_state so rows deleted from the end are noticed.
#include <cstdint>
#include <string>
#include <vector>

#include "kiosk/audit/audit_chain.h"
#include "kiosk/audit/audit_event.h"
#include "kiosk/core/clock.h"
#include "kiosk/store/database.h"

namespace motcua {

class AuditLog {
public:
    AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Appends one row in its own transaction.
    Result<AuditRecord> append(AuditEvent event, const std::string &actor, const std::string &detail = {});
    // The same, for a caller that already holds a transaction (BEGIN IMMEDIATE),
    // so the audited change and its audit row commit together or not at all.
    Result<AuditRecord> appendInTransaction(AuditEvent event, const std::string &actor, const std::string &detail);

    // Rows with at_ms >= sinceMs, oldest first; limit < 0 means all.
    Result<std::vector<AuditRecord>> list(int64_t sinceMs = 0, int limit = -1);
    Result<AuditVerification> verify();

private:
    Database &m_db;
    const Clock &m_clock;
};

}  // namespace motcua

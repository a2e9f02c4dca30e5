#include "kiosk/fleet/fleet_command_ledger.h"

#include <sqlite3.h>

namespace motcua {

Status FleetCommandLedger::record(const FleetCommand &command, int64_t nowMs)
{
    auto seen = m_db.prepare("SELECT 1 FROM fleet_commands WHERE nonce = ?");
    if (!seen) {
        return unexpected(seen.error());
    }
    seen->bind(1, command.nonce);
    auto row = seen->step();
    if (!row) {
        return unexpected(row.error());
    }
    if (*row) {
        return fail("fleet.replayed", "this command was applied before");
    }
    auto insert = m_db.prepare(
        "INSERT INTO fleet_commands(nonce, issued_at, action, key_id, applied_at) VALUES(?, ?, ?, ?, ?)");
    if (!insert) {
        return unexpected(insert.error());
    }
    insert->bind(1, command.nonce)
        .bind(2, command.issuedAt)
        .bind(3, std::string(fleetActionName(command.action)))
        .bind(4, command.keyId)
        .bind(5, nowMs);
    return insert->run();
}

Result<int64_t> FleetCommandLedger::forgetBefore(int64_t beforeSeconds)
{
    auto statement = m_db.prepare("DELETE FROM fleet_commands WHERE issued_at < ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, beforeSeconds);
    if (auto done = statement->run(); !done) {
        return unexpected(done.error());
    }
    return static_cast<int64_t>(sqlite3_changes(m_db.handle()));
}

}  // namespace motcua

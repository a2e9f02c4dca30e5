#include "kiosk/store/migrations.h"

#include <chrono>

#include "kiosk/core/log_categories.h"

namespace motcua {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> kMigrations = {
        {1, "kiosk state",
         "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
         " applied_at INTEGER NOT NULL);"
         "CREATE TABLE kiosk_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at INTEGER NOT NULL);"},
        {2, "session journal",
         // Sessions without personal data: when, which language, which services, how they ended.
         "CREATE TABLE session_journal (session_id TEXT PRIMARY KEY, started_at INTEGER NOT NULL,"
         " ended_at INTEGER, language TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT 'open');"},
        {3, "session journal by day",
         "ALTER TABLE session_journal ADD COLUMN services TEXT NOT NULL DEFAULT '';"
         "CREATE INDEX session_journal_started ON session_journal(started_at);"},
        {4, "outbox",
         // Applications wait here until the portal accepts them. `payload` holds the citizen's data and is
         // cleared on acceptance; `summary` keeps only what the printed receipt needs.
         "CREATE TABLE outbox (local_ref TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE,"
         " procedure TEXT NOT NULL, created_at INTEGER NOT NULL, payload BLOB,"
         " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'failed')),"
         " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL,"
         " last_error TEXT NOT NULL DEFAULT '', receipt_number TEXT, fee_vnd INTEGER,"
         " expected_return_date TEXT, accepted_at INTEGER, summary TEXT NOT NULL DEFAULT '{}');"
         "CREATE INDEX outbox_due ON outbox(state, next_attempt_at);"
         "CREATE TABLE outbox_sequence (day TEXT PRIMARY KEY, last INTEGER NOT NULL);"},
        {5, "print jobs",
         // Every ticket and receipt before it is printed, so a failed print can be reprinted.
         "CREATE TABLE print_jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
         " reference TEXT NOT NULL, content TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending',"
         " attempts INTEGER NOT NULL DEFAULT 0, citizen_reprints INTEGER NOT NULL DEFAULT 0,"
         " last_error TEXT NOT NULL DEFAULT '', cups_job_id INTEGER, created_at INTEGER NOT NULL,"
         " updated_at INTEGER NOT NULL);"
         "CREATE INDEX print_jobs_reference ON print_jobs(kind, reference);"
         "CREATE INDEX print_jobs_state ON print_jobs(state);"},
        {6, "queue",
         // The site's queue (held by motcua-hub, or the embedded hub of a lone kiosk) and, on a kiosk, the
         // number blocks it leased and the tickets it issued from them. No personal data: numbers and times.
         "CREATE TABLE queue_numbering (day TEXT NOT NULL, service TEXT NOT NULL, next_up INTEGER NOT NULL,"
         " next_down INTEGER NOT NULL, PRIMARY KEY (day, service));"
         "CREATE TABLE queue_tickets (day TEXT NOT NULL, service TEXT NOT NULL, number INTEGER NOT NULL,"
         " label TEXT NOT NULL, queue TEXT NOT NULL, priority TEXT NOT NULL DEFAULT 'none',"
         " state TEXT NOT NULL DEFAULT 'waiting', kiosk TEXT NOT NULL DEFAULT '', request_id TEXT UNIQUE,"
         " issued_at INTEGER NOT NULL, queued_at INTEGER NOT NULL, called_at INTEGER, finished_at INTEGER,"
         " counter INTEGER, target_counter INTEGER, calls INTEGER NOT NULL DEFAULT 0, transfers INTEGER NOT NULL"
         " DEFAULT 0, PRIMARY KEY (day, service, number));"
         "CREATE INDEX queue_tickets_waiting ON queue_tickets(day, queue, state, queued_at);"
         // The line a counter calls from: partial indexes walked in arrival order, so a call reads a few rows.
         "CREATE INDEX queue_tickets_line ON queue_tickets(day, queued_at, number) WHERE state = 'waiting';"
         "CREATE INDEX queue_tickets_priority_line ON queue_tickets(day, queued_at, number)"
         " WHERE state = 'waiting' AND priority <> 'none';"
         "CREATE INDEX queue_tickets_target ON queue_tickets(target_counter, day, queued_at)"
         " WHERE target_counter IS NOT NULL;"
         "CREATE INDEX queue_tickets_served ON queue_tickets(day, queue, finished_at) WHERE state = 'served';"
         "CREATE TABLE queue_leases (day TEXT NOT NULL, service TEXT NOT NULL, kiosk TEXT NOT NULL,"
         " first INTEGER NOT NULL, last INTEGER NOT NULL, granted_at INTEGER NOT NULL,"
         " PRIMARY KEY (day, service, first));"
         "CREATE TABLE queue_counters (counter INTEGER PRIMARY KEY, paused INTEGER NOT NULL DEFAULT 0,"
         " day TEXT, service TEXT, number INTEGER);"
         "CREATE TABLE queue_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, day TEXT NOT NULL, kind TEXT NOT NULL,"
         " service TEXT NOT NULL DEFAULT '', label TEXT NOT NULL DEFAULT '', counter INTEGER NOT NULL DEFAULT 0,"
         " at INTEGER NOT NULL);"
         "CREATE TABLE queue_local_leases (day TEXT NOT NULL, service TEXT NOT NULL, first INTEGER NOT NULL,"
         " last INTEGER NOT NULL, next INTEGER NOT NULL, PRIMARY KEY (day, service, first));"
         "CREATE TABLE queue_local_tickets (day TEXT NOT NULL, service TEXT NOT NULL, number INTEGER NOT NULL,"
         " label TEXT NOT NULL, priority TEXT NOT NULL, issued_at INTEGER NOT NULL, synced INTEGER NOT NULL"
         " DEFAULT 0, PRIMARY KEY (day, service, number));"},
        {7, "guide accounts and audit log",
         // Guides' PINs only as argon2id hashes. The audit log is append-only: a hash chain (kiosk/audit)
         // and, as a second line of defence, triggers that refuse UPDATE and DELETE.
         "CREATE TABLE guide_accounts (name TEXT PRIMARY KEY, pin_hash TEXT NOT NULL,"
         " active INTEGER NOT NULL DEFAULT 1, failed_attempts INTEGER NOT NULL DEFAULT 0,"
         " lockouts INTEGER NOT NULL DEFAULT 0, locked_until_ms INTEGER NOT NULL DEFAULT 0, last_login_ms INTEGER,"
         " created_at_ms INTEGER NOT NULL, updated_at_ms INTEGER NOT NULL);"
         "CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, event TEXT NOT NULL,"
         " actor TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '', prev_hash TEXT NOT NULL,"
         " hash TEXT NOT NULL);"
         "CREATE INDEX audit_log_at ON audit_log(at_ms);"
         "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
         " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;"
         "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
         " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;"},
        {8, "guide roles",
         // A technician is a guide who may also close the kiosk application (docs/privacy.md, lock-down).
         "ALTER TABLE guide_accounts ADD COLUMN role TEXT NOT NULL DEFAULT 'guide'"
         " CHECK (role IN ('guide', 'technician'));"},
        {9, "feedback",
         // Satisfaction ratings and suggestions (kiosk/feedback): no personal data, comments scrubbed.
         "CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, day TEXT NOT NULL,"
         " site TEXT NOT NULL, kiosk TEXT NOT NULL, language TEXT NOT NULL, services TEXT NOT NULL DEFAULT '',"
         " rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5), comment TEXT NOT NULL DEFAULT '');"
         "CREATE INDEX feedback_day ON feedback(day);"},
        {10, "help requests",
         // "Call a guide" (kiosk/queue/help_request.h): which kiosk asked and when, no personal data.
         "CREATE TABLE help_requests (id INTEGER PRIMARY KEY AUTOINCREMENT, day TEXT NOT NULL,"
         " kiosk TEXT NOT NULL, requested_at INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'pending'"
         " CHECK (state IN ('pending', 'acknowledged', 'cancelled')), settled_at INTEGER,"
         " settled_by TEXT NOT NULL DEFAULT '');"
         "CREATE INDEX help_requests_pending ON help_requests(day, kiosk) WHERE state = 'pending';"},
        {11, "fleet commands",
         // Signed remote commands a kiosk has applied (kiosk/fleet): the nonce refuses replays across restarts.
         "CREATE TABLE fleet_commands (nonce TEXT PRIMARY KEY, issued_at INTEGER NOT NULL, action TEXT NOT NULL,"
         " key_id TEXT NOT NULL, applied_at INTEGER NOT NULL);"},
        {12, "covering queue indexes",
         // People ahead, the waiting counts of the board and the recent service times are read from the
         // indexes alone (no row look-ups): a hub under load answers in a few hundred microseconds.
         "DROP INDEX queue_tickets_waiting;"
         "CREATE INDEX queue_tickets_waiting ON queue_tickets(day, queue, state, queued_at, priority, number, service);"
         "DROP INDEX queue_tickets_served;"
         "CREATE INDEX queue_tickets_served ON queue_tickets(day, queue, finished_at, called_at, state)"
         " WHERE state = 'served';"
         // Tickets issued per service and day, kept by triggers: the daily cap and the board read one row
         // instead of counting the day's tickets.
         "CREATE TABLE queue_issued (day TEXT NOT NULL, service TEXT NOT NULL, issued INTEGER NOT NULL,"
         " PRIMARY KEY (day, service));"
         "INSERT INTO queue_issued SELECT day, service, count(*) FROM queue_tickets GROUP BY day, service;"
         "CREATE TRIGGER queue_issued_insert AFTER INSERT ON queue_tickets BEGIN"
         " INSERT INTO queue_issued VALUES (NEW.day, NEW.service, 1)"
         " ON CONFLICT (day, service) DO UPDATE SET issued = issued + 1; END;"
         "CREATE TRIGGER queue_issued_delete AFTER DELETE ON queue_tickets BEGIN"
         " UPDATE queue_issued SET issued = issued - 1 WHERE day = OLD.day AND service = OLD.service; END;"},
    };
    return kMigrations;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

Status migrate(Database &db, int target)
{
    if (target < 0) {
        target = latestSchemaVersion();
    }
    const int current = db.schemaVersion();
    if (current < 0) {
        return fail("store.version", "cannot read the schema version of " + db.file().string());
    }
    if (current > latestSchemaVersion()) {
        return fail("store.too_new", "database schema " + std::to_string(current) +
                                         " is newer than this build knows (" +
                                         std::to_string(latestSchemaVersion()) + "); refusing to touch it");
    }
    for (const auto &migration : migrations()) {
        if (migration.version <= current || migration.version > target) {
            continue;
        }
        auto status = db.transaction([&]() -> Status {
            if (auto applied = db.execute(migration.sql); !applied) {
                return fail("store.migration", "migration " + std::to_string(migration.version) + " (" +
                                                   migration.name + ") failed: " + applied.error().message);
            }
            auto record = db.prepare("INSERT INTO schema_migrations(version, name, applied_at) VALUES(?,?,?)");
            if (!record) {
                return unexpected(record.error());
            }
            const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
            record->bind(1, int64_t{migration.version}).bind(2, migration.name).bind(3, int64_t{now});
            if (auto done = record->run(); !done) {
                return done;
            }
            return db.execute("PRAGMA user_version=" + std::to_string(migration.version));
        });
        if (!status) {
            return status;
        }
        qCInfo(lcStore) << "schema migrated to" << migration.version;
    }
    return {};
}

Result<Database> openStore(const std::filesystem::path &file)
{
    auto db = Database::open(file);
    if (!db) {
        return db;
    }
    if (auto status = migrate(*db); !status) {
        return unexpected(status.error());
    }
    return db;
}

}  // namespace motcua

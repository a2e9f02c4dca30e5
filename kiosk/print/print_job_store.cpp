#include "kiosk/print/print_job_store.h"

#include "kiosk/privacy/payload_cipher.h"

namespace motcua {
namespace {

int64_t epochSeconds(std::chrono::system_clock::time_point at)
{
    return std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
}

PrintJobState stateFromText(const std::string &text)
{
    if (text == "printed") {
        return PrintJobState::Printed;
    }
    return text == "failed" ? PrintJobState::Failed : PrintJobState::Pending;
}

// The sealed content is bound to its job's kind and reference: it does not open in another row.
std::string sealingContext(const std::string &kind, const std::string &reference)
{
    return "print_jobs/" + kind + "/" + reference;
}

const char *kColumns =
    "SELECT id, kind, reference, content, state, attempts, citizen_reprints, last_error, cups_job_id, created_at "
    "FROM print_jobs ";

}  // namespace

PrintJobStore::PrintJobStore(Database &db) : PrintJobStore(db, defaultDataKeyLocation(db.directory())) {}

PrintJobStore::PrintJobStore(Database &db, DataKeyLocation key) : m_db(db), m_keyLocation(std::move(key)) {}

Result<const DataKey *> PrintJobStore::key()
{
    if (!m_key) {
        auto loaded = loadDataKey(m_keyLocation);
        if (!loaded) {
            return unexpected(loaded.error());
        }
        m_key = std::move(*loaded);
    }
    return &*m_key;
}

const char *toString(PrintJobState state)
{
    switch (state) {
    case PrintJobState::Printed:
        return "printed";
    case PrintJobState::Failed:
        return "failed";
    case PrintJobState::Pending:
        break;
    }
    return "pending";
}

Result<int64_t> PrintJobStore::add(const std::string &kind, const std::string &reference, const std::string &content,
                                   std::chrono::system_clock::time_point at)
{
    auto sealingKey = key();
    if (!sealingKey) {
        return unexpected(sealingKey.error());
    }
    auto sealed = sealPayload(**sealingKey, content, sealingContext(kind, reference));
    if (!sealed) {
        return unexpected(sealed.error());
    }
    auto statement = m_db.prepare(
        "INSERT INTO print_jobs(kind, reference, content, state, created_at, updated_at) VALUES(?,?,?,'pending',?,?)");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, kind).bind(2, reference).bindBlob(3, *sealed).bind(4, epochSeconds(at)).bind(5, epochSeconds(at));
    if (auto done = statement->run(); !done) {
        return unexpected(done.error());
    }
    return static_cast<int64_t>(sqlite3_last_insert_rowid(m_db.handle()));
}

Status PrintJobStore::markPrinted(int64_t id, int cupsJobId, std::chrono::system_clock::time_point at)
{
    auto statement = m_db.prepare(
        "UPDATE print_jobs SET state='printed', attempts=attempts+1, last_error='', cups_job_id=?, updated_at=? "
        "WHERE id=?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, int64_t{cupsJobId}).bind(2, epochSeconds(at)).bind(3, id);
    return statement->run();
}

Status PrintJobStore::markFailed(int64_t id, const std::string &problemCode, std::chrono::system_clock::time_point at)
{
    auto statement = m_db.prepare(
        "UPDATE print_jobs SET state='failed', attempts=attempts+1, last_error=?, updated_at=? WHERE id=?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, problemCode).bind(2, epochSeconds(at)).bind(3, id);
    return statement->run();
}

Status PrintJobStore::countCitizenReprint(int64_t id)
{
    auto statement = m_db.prepare("UPDATE print_jobs SET citizen_reprints=citizen_reprints+1 WHERE id=?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, id);
    return statement->run();
}

Result<std::vector<PrintJobRecord>> PrintJobStore::query(const std::string &where,
                                                         const std::vector<std::string> &binds)
{
    auto statement = m_db.prepare(kColumns + where);
    if (!statement) {
        return unexpected(statement.error());
    }
    for (size_t i = 0; i < binds.size(); ++i) {
        statement->bind(static_cast<int>(i + 1), binds[i]);
    }
    // Rows from before sealing read as they are; sealed ones open with the key, or read as empty.
    const auto openContent = [this](const std::string &stored, const std::string &kind, const std::string &reference) {
        if (!isSealedPayload(stored)) {
            return stored;
        }
        auto openingKey = key();
        return openingKey ? openPayload(**openingKey, stored, sealingContext(kind, reference)).value_or(std::string())
                          : std::string();
    };
    std::vector<PrintJobRecord> records;
    while (true) {
        auto row = statement->step();
        if (!row) {
            return unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        PrintJobRecord r;
        r.id = statement->columnInt(0);
        r.kind = statement->columnText(1);
        r.reference = statement->columnText(2);
        r.content = openContent(statement->columnBlob(3), r.kind, r.reference);
        r.state = stateFromText(statement->columnText(4));
        r.attempts = static_cast<int>(statement->columnInt(5));
        r.citizenReprints = static_cast<int>(statement->columnInt(6));
        r.lastError = statement->columnText(7);
        r.cupsJobId = statement->columnIsNull(8) ? 0 : static_cast<int>(statement->columnInt(8));
        r.createdAt = statement->columnInt(9);
        records.push_back(std::move(r));
    }
    return records;
}

Result<std::optional<PrintJobRecord>> PrintJobStore::find(int64_t id)
{
    auto rows = query("WHERE id=?", {std::to_string(id)});
    if (!rows) {
        return unexpected(rows.error());
    }
    return rows->empty() ? std::optional<PrintJobRecord>{} : std::optional<PrintJobRecord>{rows->front()};
}

Result<std::optional<PrintJobRecord>> PrintJobStore::findByReference(const std::string &kind,
                                                                     const std::string &reference)
{
    auto rows = query("WHERE kind=? AND reference=? ORDER BY id DESC LIMIT 1", {kind, reference});
    if (!rows) {
        return unexpected(rows.error());
    }
    return rows->empty() ? std::optional<PrintJobRecord>{} : std::optional<PrintJobRecord>{rows->front()};
}

Result<std::vector<PrintJobRecord>> PrintJobStore::unprinted()
{
    return query("WHERE state <> 'printed' ORDER BY id", {});
}

Result<int64_t> PrintJobStore::purgeOlderThan(std::chrono::system_clock::time_point before)
{
    auto statement = m_db.prepare("DELETE FROM print_jobs WHERE updated_at < ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, epochSeconds(before));
    if (auto done = statement->run(); !done) {
        return unexpected(done.error());
    }
    return static_cast<int64_t>(sqlite3_changes(m_db.handle()));
}

}  // namespace motcua

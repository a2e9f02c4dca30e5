#include "kiosk/store/database.h"

#include <mutex>
#include <unordered_map>
#include <vector>

#include "kiosk/core/log_categories.h"

namespace motcua {

// Idle prepared statements of one connection, by SQL text. Bounded: at most kMaxTexts distinct
// texts (SQL built with values inside is not kept once that many are) and kMaxIdle idle copies
// of each.
class StatementCache {
public:
    using Idle = std::vector<sqlite3_stmt *>;

    // An idle statement for `sql` (nullptr: prepare one) and the slot to give it back to.
    std::pair<sqlite3_stmt *, Idle *> take(const std::string &sql)
    {
        std::lock_guard lock(m_mutex);
        auto found = m_idle.find(sql);
        if (found == m_idle.end()) {
            if (m_closed || m_idle.size() >= kMaxTexts) {
                return {nullptr, nullptr};
            }
            found = m_idle.emplace(sql, Idle{}).first;
        }
        Idle &idle = found->second;
        if (idle.empty()) {
            return {nullptr, &idle};
        }
        sqlite3_stmt *statement = idle.back();
        idle.pop_back();
        return {statement, &idle};
    }

    void giveBack(sqlite3_stmt *statement, Idle *slot)
    {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        {
            std::lock_guard lock(m_mutex);
            if (!m_closed && slot != nullptr && slot->size() < kMaxIdle) {
                slot->push_back(statement);
                return;
            }
        }
        sqlite3_finalize(statement);
    }

    // The connection closes: every idle statement is finalized, later give-backs too.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        for (auto &[sql, idle] : m_idle) {
            for (sqlite3_stmt *statement : idle) {
                sqlite3_finalize(statement);
            }
        }
        m_idle.clear();
    }

private:
    static constexpr size_t kMaxTexts = 256;
    static constexpr size_t kMaxIdle = 4;
    std::mutex m_mutex;
    bool m_closed = false;
    std::unordered_map<std::string, Idle> m_idle;
};

void Statement::GiveBack::operator()(sqlite3_stmt *statement) const
{
    if (cache) {
        cache->giveBack(statement, static_cast<StatementCache::Idle *>(slot));
    } else {
        sqlite3_finalize(statement);
    }
}

Database::Database(sqlite3 *db, std::filesystem::path file)
    : m_db(db), m_file(std::move(file)), m_statements(std::make_shared<StatementCache>())
{
}

Database::~Database()
{
    if (m_statements) {
        m_statements->close();
    }
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        if (m_statements) {
            m_statements->close();  // before the connection it belongs to closes below
        }
        m_db = std::move(other.m_db);
        m_file = std::move(other.m_file);
        m_statements = std::move(other.m_statements);
    }
    return *this;
}

Result<Database> Database::open(const std::filesystem::path &file)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        std::string message = raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        sqlite3_close_v2(raw);
        return fail("store.open", "cannot open database " + file.string() + ": " + message);
    }
    Database db(raw, file);
    sqlite3_busy_timeout(raw, 5000);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA secure_delete=ON"}) {
        if (auto status = db.execute(pragma); !status) {
            return unexpected(status.error());
        }
    }
    return db;
}

Result<Database> Database::openInMemory()
{
    return open(":memory:");
}

Error Database::lastError(const std::string &code) const
{
    return Error{code, sqlite3_errmsg(m_db.get())};
}

Status Database::execute(const std::string &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db.get(), sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error error{"store.sql", message != nullptr ? message : "unknown SQLite error"};
        sqlite3_free(message);
        return unexpected(error);
    }
    return {};
}

Result<Statement> Database::prepare(const std::string &sql)
{
    auto [statement, slot] = m_statements->take(sql);
    if (statement == nullptr &&
        sqlite3_prepare_v2(m_db.get(), sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr) !=
            SQLITE_OK) {
        return unexpected(lastError("store.prepare"));
    }
    return Statement(statement, Statement::GiveBack{m_statements, slot});
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (auto begun = execute("BEGIN IMMEDIATE"); !begun) {
        return begun;
    }
    auto status = work();
    if (!status) {
        (void)execute("ROLLBACK");
        return status;
    }
    if (auto committed = execute("COMMIT"); !committed) {
        (void)execute("ROLLBACK");
        return committed;
    }
    return {};
}

int Database::schemaVersion()
{
    auto statement = prepare("PRAGMA user_version");
    if (!statement || !statement->step().value_or(false)) {
        return -1;
    }
    return static_cast<int>(statement->columnInt(0));
}

std::string Database::journalMode()
{
    auto statement = prepare("PRAGMA journal_mode");
    if (!statement || !statement->step().value_or(false)) {
        return {};
    }
    return statement->columnText(0);
}

std::filesystem::path Database::directory() const
{
    if (m_file.empty() || m_file == ":memory:") {
        return {};
    }
    return std::filesystem::absolute(m_file).parent_path();
}

Statement &Statement::bind(int index, const std::string &value)
{
    sqlite3_bind_text(m_statement.get(), index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, int64_t value)
{
    sqlite3_bind_int64(m_statement.get(), index, value);
    return *this;
}

Statement &Statement::bindBlob(int index, const std::string &bytes)
{
    sqlite3_bind_blob(m_statement.get(), index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement.get(), index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return fail("store.step", sqlite3_errmsg(sqlite3_db_handle(m_statement.get())));
}

Status Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row) {
            return unexpected(row.error());
        }
        if (!*row) {
            return {};
        }
    }
}

void Statement::reset()
{
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
}

int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement.get(), column);
}

std::string Statement::columnText(int column) const
{
    const auto *text = sqlite3_column_text(m_statement.get(), column);
    return text != nullptr ? std::string(reinterpret_cast<const char *>(text)) : std::string();
}

std::string Statement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement.get(), column));
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    return data != nullptr ? std::string(data, static_cast<size_t>(size)) : std::string();
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

}  // namespace motcua

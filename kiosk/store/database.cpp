#include "kiosk/store/database.h"

#include "kiosk/core/log_categories.h"

namespace motcua {

Database::Database(sqlite3 *db, std::filesystem::path file) : m_db(db), m_file(std::move(file)) {}

Database::~Database() = default;

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
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db.get(), sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        return unexpected(lastError("store.prepare"));
    }
    return Statement(statement);
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

#pragma once
// One SQLite database under the data directory: WAL, synchronous FULL,
// foreign keys on, a busy timeout so the CLI and the kiosk can share it.
// Prepared statements are kept and reused: a statement given back (destroyed) is reset and
// kept for the next prepare() of the same SQL, so hot queries are parsed once per connection.
#include <sqlite3.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/core/result.h"

namespace motcua {

class Statement;
class StatementCache;

class Database {
public:
    static Result<Database> open(const std::filesystem::path &file);
    static Result<Database> openInMemory();

    Database(Database &&) noexcept = default;
    Database &operator=(Database &&other) noexcept;
    ~Database();

    Status execute(const std::string &sql);
    Result<Statement> prepare(const std::string &sql);
    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back when it fails.
    Status transaction(const std::function<Status()> &work);

    int schemaVersion();
    std::string journalMode();
    const std::filesystem::path &file() const { return m_file; }
    // The directory holding the file; empty for an in-memory database.
    std::filesystem::path directory() const;
    sqlite3 *handle() const { return m_db.get(); }

private:
    struct Closer {
        void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
    };
    Database(sqlite3 *db, std::filesystem::path file);
    Error lastError(const std::string &code) const;

    std::unique_ptr<sqlite3, Closer> m_db;
    std::filesystem::path m_file;
    std::shared_ptr<StatementCache> m_statements;  // after m_db: closed before the connection
};

// A prepared statement with 1-based binds and 0-based columns.
class Statement {
public:
    Statement(Statement &&) noexcept = default;
    Statement &operator=(Statement &&) noexcept = default;

    Statement &bind(int index, const std::string &value);
    Statement &bind(int index, int64_t value);
    Statement &bindNull(int index);
    Statement &bindBlob(int index, const std::string &bytes);  // sealed data (holds NUL bytes)
    // SQLITE_ROW → true, SQLITE_DONE → false, anything else → error.
    Result<bool> step();
    Status run();  // steps to the end
    void reset();

    int64_t columnInt(int column) const;
    std::string columnText(int column) const;
    std::string columnBlob(int column) const;  // every byte, NULs included
    bool columnIsNull(int column) const;

private:
    friend class Database;
    // Gives the statement back to its connection's cache (or finalizes it).
    struct GiveBack {
        std::shared_ptr<StatementCache> cache;
        void *slot = nullptr;
        void operator()(sqlite3_stmt *statement) const;
    };
    Statement(sqlite3_stmt *statement, GiveBack giveBack) : m_statement(statement, std::move(giveBack)) {}
    std::unique_ptr<sqlite3_stmt, GiveBack> m_statement;
};

// The first row of `sql` read by `read` (Statement& → T), or nothing when there is none.
template <class Read>
auto selectOne(Database &db, const std::string &sql, const std::function<void(Statement &)> &bind, Read read)
    -> Result<std::optional<decltype(read(std::declval<Statement &>()))>>
{
    using Row = decltype(read(std::declval<Statement &>()));
    auto query = db.prepare(sql);
    if (!query) {
        return unexpected(query.error());
    }
    bind(*query);
    auto row = query->step();
    if (!row) {
        return unexpected(row.error());
    }
    return *row ? std::optional<Row>{read(*query)} : std::nullopt;
}

// Every row of `sql`, each read by `read` (Statement& → T).
template <class Read>
auto selectAll(Database &db, const std::string &sql, const std::function<void(Statement &)> &bind, Read read)
    -> Result<std::vector<decltype(read(std::declval<Statement &>()))>>
{
    using Row = decltype(read(std::declval<Statement &>()));
    auto query = db.prepare(sql);
    if (!query) {
        return unexpected(query.error());
    }
    bind(*query);
    std::vector<Row> rows;
    for (;;) {
        auto row = query->step();
        if (!row) {
            return unexpected(row.error());
        }
        if (!*row) {
            return rows;
        }
        rows.push_back(read(*query));
    }
}

}  // namespace motcua

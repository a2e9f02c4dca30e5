#pragma once
// Numbered schema migrations. Each runs once, in order, inside a transaction;
// the applied ones are recorded in schema_migrations and in user_version.
// Never edit a published migration: add the next number.
#include <string>
#include <vector>

#include "kiosk/store/database.h"

namespace motcua {

struct Migration {
    int version;
    std::string name;
    std::string sql;
};

const std::vector<Migration> &migrations();
int latestSchemaVersion();

// Brings the database up to `target` (default: the latest). A database newer
// than this build knows is refused rather than touched.
Status migrate(Database &db, int target = -1);

// Opens FILE (creating it) and migrates it to the latest schema.
Result<Database> openStore(const std::filesystem::path &file);

}  // namespace motcua

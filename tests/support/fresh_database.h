#pragma once
// A real SQLite database in memory, migrated to the latest schema: the store behind most tests.
#include <gtest/gtest.h>

#include "kiosk/store/migrations.h"

namespace motcua {

inline Database freshDatabase()
{
    auto db = Database::openInMemory();
    EXPECT_TRUE(db.has_value());
    auto migrated = migrate(*db);
    EXPECT_TRUE(migrated.has_value()) << (migrated ? "" : migrated.error().message);
    return std::move(*db);
}

}  // namespace motcua

#include "kiosk/store/migrations.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace motcua;
namespace fs = std::filesystem;

namespace {

class TempDatabase : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() /
                ("motcua-store-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    fs::path file() const { return m_dir / "motcua.sqlite"; }

    fs::path m_dir;
};

int64_t count(Database &db, const std::string &sql)
{
    auto statement = db.prepare(sql);
    EXPECT_TRUE(statement.has_value());
    EXPECT_TRUE(statement->step().value_or(false));
    return statement->columnInt(0);
}

}  // namespace

TEST_F(TempDatabase, FreshDatabaseReachesLatestInWal)
{
    auto db = openStore(file());
    ASSERT_TRUE(db.has_value()) << db.error().message;
    EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(db->journalMode(), "wal");
    EXPECT_EQ(count(*db, "SELECT count(*) FROM schema_migrations"), latestSchemaVersion());
}

TEST_F(TempDatabase, MigrationsAreNumberedWithoutGaps)
{
    int expected = 1;
    for (const auto &migration : migrations()) {
        EXPECT_EQ(migration.version, expected++) << migration.name;
    }
}

// A kiosk in the field may run any earlier schema: each one must upgrade to
// the latest and keep its rows.
TEST_F(TempDatabase, UpgradesFromEveryEarlierVersion)
{
    for (int from = 1; from < latestSchemaVersion(); ++from) {
        SCOPED_TRACE("from schema " + std::to_string(from));
        fs::remove(file());
        {
            auto db = Database::open(file());
            ASSERT_TRUE(db.has_value());
            ASSERT_TRUE(migrate(*db, from).has_value());
            ASSERT_EQ(db->schemaVersion(), from);
            ASSERT_TRUE(db->execute("INSERT INTO kiosk_state VALUES('out_of_service', '0', 1)").has_value());
            if (from >= 2) {
                ASSERT_TRUE(db->execute("INSERT INTO session_journal(session_id, started_at) VALUES('abc', 100)")
                                .has_value());
            }
        }
        auto db = openStore(file());
        ASSERT_TRUE(db.has_value()) << db.error().message;
        EXPECT_EQ(db->schemaVersion(), latestSchemaVersion());
        EXPECT_EQ(count(*db, "SELECT count(*) FROM kiosk_state WHERE key = 'out_of_service'"), 1);
        EXPECT_EQ(count(*db, "SELECT count(*) FROM session_journal"), from >= 2 ? 1 : 0);
        EXPECT_EQ(count(*db, "SELECT count(*) FROM schema_migrations"), latestSchemaVersion());
    }
}

TEST_F(TempDatabase, ReopeningIsANoOp)
{
    ASSERT_TRUE(openStore(file()).has_value());
    auto again = openStore(file());
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(count(*again, "SELECT count(*) FROM schema_migrations"), latestSchemaVersion());
}

TEST_F(TempDatabase, NewerSchemaIsRefusedUntouched)
{
    {
        auto db = Database::open(file());
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE(db->execute("PRAGMA user_version=999").has_value());
    }
    auto db = openStore(file());
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, "store.too_new");
}

TEST_F(TempDatabase, FailedMigrationRollsBack)
{
    auto db = Database::open(file());
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(migrate(*db, 1).has_value());
    // Sabotage: migration 2 creates session_journal, which now already exists.
    ASSERT_TRUE(db->execute("CREATE TABLE session_journal(x)").has_value());
    auto status = migrate(*db);
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, "store.migration");
    EXPECT_EQ(db->schemaVersion(), 1);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM schema_migrations"), 1);
}

TEST_F(TempDatabase, UnopenablePathIsAnError)
{
    auto db = openStore(m_dir / "missing-dir" / "x.sqlite");
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, "store.open");
}

// Database keeps prepared statements for reuse (kiosk/store/database.h): a statement taken again
// starts from the first row with no binds left over, two live copies of one query do not meet, and
// a statement may outlive its connection.
#include <gtest/gtest.h>

#include <optional>

#include "kiosk/store/database.h"

using namespace motcua;

namespace {

Database numbers()
{
    auto db = Database::openInMemory();
    EXPECT_TRUE(db.has_value());
    EXPECT_TRUE(db->execute("CREATE TABLE n (v INTEGER); INSERT INTO n VALUES (1), (2), (3);").has_value());
    return std::move(*db);
}

const char *kAbove = "SELECT v FROM n WHERE v > ? ORDER BY v";

}  // namespace

TEST(StatementCache, AStatementGivenBackHalfReadStartsAfreshWithoutItsBinds)
{
    auto db = numbers();
    {
        auto first = db.prepare(kAbove);
        ASSERT_TRUE(first);
        first->bind(1, int64_t{1});
        ASSERT_TRUE(first->step().value_or(false));
        EXPECT_EQ(first->columnInt(0), 2);
    }  // given back in the middle of its rows, with a bind
    auto again = db.prepare(kAbove);
    ASSERT_TRUE(again);
    auto row = again->step();  // no bind: NULL, and v > NULL matches nothing
    ASSERT_TRUE(row);
    EXPECT_FALSE(*row) << "a left-over bind or row: " << again->columnInt(0);
    again->bind(1, int64_t{0});
    again->reset();
    again->bind(1, int64_t{0});
    ASSERT_TRUE(again->step().value_or(false));
    EXPECT_EQ(again->columnInt(0), 1);  // from the first row
}

TEST(StatementCache, TwoLiveCopiesOfOneQueryAreIndependent)
{
    auto db = numbers();
    auto a = db.prepare(kAbove);
    auto b = db.prepare(kAbove);
    ASSERT_TRUE(a && b);
    a->bind(1, int64_t{0});
    b->bind(1, int64_t{2});
    ASSERT_TRUE(a->step().value_or(false));
    ASSERT_TRUE(b->step().value_or(false));
    EXPECT_EQ(a->columnInt(0), 1);
    EXPECT_EQ(b->columnInt(0), 3);
    ASSERT_TRUE(a->step().value_or(false));
    EXPECT_EQ(a->columnInt(0), 2);
}

TEST(StatementCache, AKeptStatementDoesNotHoldTheDatabaseOrOutliveItBadly)
{
    std::optional<Statement> late;
    {
        auto db = numbers();
        { auto kept = db.prepare(kAbove); }  // idle in the cache
        // A kept, reset statement holds no lock: the schema can still change.
        ASSERT_TRUE(db.execute("DROP TABLE n; CREATE TABLE n (v INTEGER); INSERT INTO n VALUES (7);").has_value());
        auto reprepared = db.prepare(kAbove);
        ASSERT_TRUE(reprepared);
        reprepared->bind(1, int64_t{0});
        ASSERT_TRUE(reprepared->step().value_or(false));
        EXPECT_EQ(reprepared->columnInt(0), 7);
        late.emplace(std::move(*reprepared));
    }  // the connection closes while `late` is alive
    late.reset();  // finalized, not given back to a closed cache
}

TEST(StatementCache, AssigningADatabaseClosesTheOldOnesStatements)
{
    auto db = numbers();
    { auto kept = db.prepare(kAbove); }
    db = numbers();
    auto fresh = db.prepare("SELECT count(*) FROM n");
    ASSERT_TRUE(fresh && fresh->step().value_or(false));
    EXPECT_EQ(fresh->columnInt(0), 3);
}

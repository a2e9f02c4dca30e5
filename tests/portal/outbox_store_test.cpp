#include "kiosk/store/outbox_store.h"

#include "outbox_test_support.h"

using namespace motcua;
using namespace std::chrono;

namespace {
const auto kMorning = sys_days{year{2026} / 11 / 23} + hours(1);  // 08:00 in Hanoi
}

TEST(OutboxStore, ReferencesCountUpPerHanoiDay)
{
    auto db = freshDatabase();
    OutboxStore store(db);
    auto first = enqueueSample(store, kMorning);
    auto second = enqueueSample(store, kMorning + minutes(5));
    // 17:30 UTC is 00:30 the next day in Hanoi: numbering restarts.
    auto nextDay = enqueueSample(store, kMorning + hours(16) + minutes(30));
    ASSERT_TRUE(first && second && nextDay);
    EXPECT_EQ(first->localRef, "KIOSK-01-261123-0001");
    EXPECT_EQ(second->localRef, "KIOSK-01-261123-0002");
    EXPECT_EQ(nextDay->localRef, "KIOSK-01-261124-0001");
    EXPECT_NE(first->idempotencyKey, second->idempotencyKey);
    EXPECT_EQ(*store.pendingCount(), 3);
}

TEST(OutboxStore, AcceptanceDeletesPersonalData)
{
    auto db = freshDatabase();
    OutboxStore store(db);
    auto entry = enqueueSample(store, kMorning);
    ASSERT_TRUE(entry.has_value());
    ASSERT_TRUE(store.payload(entry->localRef).has_value());
    ASSERT_TRUE(store.markAccepted(entry->localRef, {"HN-261123-000009", 200000, "2026-12-03"}, 1).has_value());
    EXPECT_FALSE(store.payload(entry->localRef).has_value());
    auto found = store.find(entry->localRef);
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->state, OutboxState::Accepted);
    EXPECT_EQ((*found)->receiptNumber, "HN-261123-000009");
    EXPECT_EQ((*found)->summaryJson, R"({"name":"NGUYỄN V. A"})");
    EXPECT_EQ(*store.pendingCount(), 0);
    // Nothing of the citizen's declaration is left in the row.
    auto row = db.prepare("SELECT count(*) FROM outbox WHERE payload IS NOT NULL");
    ASSERT_TRUE(row && row->step().value_or(false));
    EXPECT_EQ(row->columnInt(0), 0);
}

TEST(OutboxStore, DueRespectsTheNextAttemptTime)
{
    auto db = freshDatabase();
    OutboxStore store(db);
    auto entry = enqueueSample(store, kMorning);
    ASSERT_TRUE(entry.has_value());
    ASSERT_TRUE(store.markRetry(entry->localRef, "portal.unreachable", entry->createdAtMs + 5000).has_value());
    EXPECT_TRUE(store.due(entry->createdAtMs + 4999, 10)->empty());
    auto due = store.due(entry->createdAtMs + 5000, 10);
    ASSERT_EQ(due->size(), 1u);
    EXPECT_EQ(due->front().attempts, 1);
    EXPECT_EQ(due->front().lastError, "portal.unreachable");
}

TEST(OutboxStore, FailedEntriesCanBeRetriedAndPurged)
{
    auto db = freshDatabase();
    OutboxStore store(db);
    auto entry = enqueueSample(store, kMorning);
    ASSERT_TRUE(store.markFailed(entry->localRef, "portal.rejected").has_value());
    EXPECT_EQ(*store.pendingCount(), 0);
    EXPECT_EQ(*store.retryNow("", entry->createdAtMs), 1);
    EXPECT_EQ(*store.pendingCount(), 1);
    EXPECT_EQ(*store.purge(entry->localRef), 1);
    EXPECT_TRUE(store.list()->empty());
}

TEST(OutboxStore, PurgeAcceptedKeepsRecentOnes)
{
    auto db = freshDatabase();
    OutboxStore store(db);
    auto old = enqueueSample(store, kMorning);
    auto recent = enqueueSample(store, kMorning);
    ASSERT_TRUE(store.markAccepted(old->localRef, {"HN-1-000001", 1, "2026-12-03"}, 1000).has_value());
    ASSERT_TRUE(store.markAccepted(recent->localRef, {"HN-1-000002", 1, "2026-12-03"}, 9000).has_value());
    EXPECT_EQ(*store.purgeAccepted(5000), 1);
    EXPECT_EQ(store.list()->size(), 1u);
}

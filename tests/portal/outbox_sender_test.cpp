#include "kiosk/portal/outbox_sender.h"

#include "kiosk/portal/fake_portal_client.h"
#include "outbox_test_support.h"

using namespace motcua;
using namespace std::chrono;

namespace {

class OutboxSenderTest : public ::testing::Test {
protected:
    ManualClock clock;
    Database db = freshDatabase();
    OutboxStore store{db};
    FakePortalClient portal;
    OutboxSender sender{store, portal, clock, RetryPolicy{milliseconds(1000), minutes(5), 0.5}, [] { return 0.0; }};

    OutboxEntry enqueue()
    {
        auto entry = enqueueSample(store, clock.wallNow());
        EXPECT_TRUE(entry.has_value());
        return *entry;
    }
    OutboxEntry reread(const OutboxEntry &entry) { return **store.find(entry.localRef); }
};

}  // namespace

TEST_F(OutboxSenderTest, DeliversAndForgets)
{
    const auto entry = enqueue();
    const auto report = sender.drainOnce();
    EXPECT_EQ(report.accepted, 1);
    EXPECT_EQ(reread(entry).state, OutboxState::Accepted);
    EXPECT_EQ(reread(entry).receiptNumber, "HN-FAKE-100000");
    EXPECT_FALSE(store.payload(entry.localRef).has_value());
}

TEST_F(OutboxSenderTest, PortalDownKeepsTheApplicationAndRetriesLater)
{
    const auto entry = enqueue();
    portal.setDown(true);
    EXPECT_EQ(sender.drainOnce().retrying, 1);
    EXPECT_EQ(reread(entry).state, OutboxState::Pending);
    EXPECT_EQ(reread(entry).lastError, "portal.unreachable");
    EXPECT_EQ(sender.drainOnce().retrying, 0);  // not due yet: backoff
    portal.setDown(false);
    clock.advance(seconds(1));
    EXPECT_EQ(sender.drainOnce().accepted, 1);
    EXPECT_EQ(portal.applicationsCreated(), 1);
}

TEST_F(OutboxSenderTest, BackoffGrowsAndHonoursRetryAfter)
{
    const auto entry = enqueue();
    portal.failNext("portal.server", 3);
    const auto start = wallMs(clock);
    sender.drainOnce();
    EXPECT_EQ(reread(entry).nextAttemptAtMs - start, 1000);
    clock.advance(seconds(1));
    sender.drainOnce();
    EXPECT_EQ(reread(entry).nextAttemptAtMs - wallMs(clock), 2000);
    clock.advance(seconds(2));
    sender.drainOnce();
    EXPECT_EQ(reread(entry).nextAttemptAtMs - wallMs(clock), 4000);
    portal.failNext("portal.rate_limited");  // the fake asks for 2 s; backoff says 8 s
    clock.advance(seconds(4));
    sender.drainOnce();
    EXPECT_EQ(reread(entry).nextAttemptAtMs - wallMs(clock), 8000);
}

TEST_F(OutboxSenderTest, LostAnswerDoesNotDuplicate)
{
    const auto entry = enqueue();
    portal.dropAfterCommitNext();
    EXPECT_EQ(sender.drainOnce().retrying, 1);
    EXPECT_EQ(portal.applicationsCreated(), 1);  // the portal stored it, the kiosk does not know
    clock.advance(seconds(1));
    EXPECT_EQ(sender.drainOnce().accepted, 1);
    EXPECT_EQ(portal.applicationsCreated(), 1);  // the resend carried the same key
    EXPECT_EQ(reread(entry).receiptNumber, "HN-FAKE-100000");
}

TEST_F(OutboxSenderTest, RefusalIsFinalAndKeptForAGuide)
{
    const auto entry = enqueue();
    portal.failNext("portal.rejected");
    EXPECT_EQ(sender.drainOnce().failed, 1);
    EXPECT_EQ(reread(entry).state, OutboxState::Failed);
    EXPECT_TRUE(store.payload(entry.localRef).has_value());
    clock.advance(hours(1));
    EXPECT_EQ(sender.drainOnce().accepted, 0);
}

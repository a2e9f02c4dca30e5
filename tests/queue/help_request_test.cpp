// "Call a guide" in the queue's engine: one pending request per kiosk, answered once, withdrawn when
// the session ends, each change an event the screens follow; yesterday's requests are not pending.
#include <gtest/gtest.h>

#include "kiosk/queue/queue_engine.h"
#include "tests/queue/queue_test_support.h"

namespace motcua::queue {
namespace {

using namespace std::chrono_literals;
using testing::memoryStore;
using testing::testServices;

class HelpRequestTest : public ::testing::Test {
protected:
    Database db = memoryStore();
    ManualClock clock;
    QueueEngine engine{db, clock, testServices()};

    std::vector<std::string> helpEvents()
    {
        std::vector<std::string> kinds;
        const auto events = engine.eventsAfter(0).value();
        for (const auto &event : events) {
            if (event.kind.rfind("help_", 0) == 0) {
                kinds.push_back(event.kind + ":" + event.label);
            }
        }
        return kinds;
    }
};

TEST_F(HelpRequestTest, ASecondPressIsTheSameRequest)
{
    auto first = engine.requestHelp("kiosk-03");
    ASSERT_TRUE(first) << first.error().code;
    clock.advance(30s);
    auto again = engine.requestHelp("kiosk-03");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->id, first->id);
    EXPECT_EQ(again->requestedAtMs, first->requestedAtMs);
    auto other = engine.requestHelp("kiosk-04");
    ASSERT_TRUE(other);
    EXPECT_NE(other->id, first->id);
    auto pending = engine.pendingHelp();
    ASSERT_TRUE(pending);
    ASSERT_EQ(pending->size(), 2u);
    EXPECT_EQ((*pending)[0].kiosk, "kiosk-03");  // oldest first
    EXPECT_EQ(helpEvents(), (std::vector<std::string>{"help_requested:" + std::to_string(first->id),
                                                      "help_requested:" + std::to_string(other->id)}));
}

TEST_F(HelpRequestTest, AnsweredOnceThenGoneFromThePendingList)
{
    const auto asked = engine.requestHelp("kiosk-03").value();
    auto answered = engine.settleHelp(asked.id, HelpState::Acknowledged, "counter 2");
    ASSERT_TRUE(answered);
    EXPECT_EQ(answered->state, HelpState::Acknowledged);
    EXPECT_EQ(answered->settledBy, "counter 2");
    // A second guide pressing "I'm coming" a moment later: the first answer stands.
    auto late = engine.settleHelp(asked.id, HelpState::Acknowledged, "counter 4");
    ASSERT_TRUE(late);
    EXPECT_EQ(late->settledBy, "counter 2");
    EXPECT_TRUE(engine.pendingHelp().value().empty());
    EXPECT_EQ(helpEvents().size(), 2u);  // requested, acknowledged: no second acknowledgement
    // After an answer the kiosk may ask again: a new request.
    EXPECT_NE(engine.requestHelp("kiosk-03").value().id, asked.id);
}

TEST_F(HelpRequestTest, WithdrawnWhenTheSessionEnds)
{
    const auto asked = engine.requestHelp("kiosk-03").value();
    auto withdrawn = engine.settleHelp(asked.id, HelpState::Cancelled, "ignored");
    ASSERT_TRUE(withdrawn);
    EXPECT_EQ(withdrawn->state, HelpState::Cancelled);
    EXPECT_EQ(withdrawn->settledBy, "");
    EXPECT_TRUE(engine.pendingHelp().value().empty());
    EXPECT_EQ(helpEvents().back(), "help_cancelled:" + std::to_string(asked.id));
}

TEST_F(HelpRequestTest, UnknownRequestsAndBadAnswersAreRefused)
{
    EXPECT_EQ(engine.settleHelp(42, HelpState::Acknowledged, "counter 1").error().code, "queue.unknown_help");
    const auto asked = engine.requestHelp("kiosk-03").value();
    EXPECT_EQ(engine.settleHelp(asked.id, HelpState::Pending, "x").error().code, "queue.bad_outcome");
    EXPECT_EQ(engine.requestHelp("").error().code, "queue.no_kiosk");
}

TEST_F(HelpRequestTest, YesterdaysRequestsAreNotPending)
{
    ASSERT_TRUE(engine.requestHelp("kiosk-03"));
    clock.advance(24h);
    EXPECT_TRUE(engine.pendingHelp().value().empty());
}

}  // namespace
}  // namespace motcua::queue

#include "kiosk/queue/queue_engine.h"

#include <gtest/gtest.h>

#include <set>

#include "tests/queue/queue_test_support.h"

namespace motcua::queue {
namespace {

using namespace std::chrono_literals;
using testing::memoryStore;
using testing::testServices;

class QueueEngineTest : public ::testing::Test {
protected:
    Database db = memoryStore();
    ManualClock clock;
    QueueEngine engine{db, clock, testServices()};

    Ticket take(const std::string &service, Priority priority = Priority::None)
    {
        auto issued = engine.issue("kiosk-01", service, priority, {});
        EXPECT_TRUE(issued.has_value()) << (issued ? "" : issued.error().code);
        clock.advance(1s);
        return issued ? issued->ticket : Ticket{};
    }
};

TEST_F(QueueEngineTest, NumbersEachServiceFromOneWithItsLetter)
{
    EXPECT_EQ(take("passport_new").label, "A001");
    EXPECT_EQ(take("passport_new").label, "A002");
    EXPECT_EQ(take("passport_reissue").label, "B001");
    EXPECT_EQ(take("passport_new").label, "A003");
    EXPECT_EQ(engine.today(), "260105");
}

TEST_F(QueueEngineTest, TellsThePeopleAheadAndAnEstimatedWait)
{
    take("passport_new");
    take("passport_new");
    auto third = engine.issue("kiosk-01", "passport_new", Priority::None, {});
    ASSERT_TRUE(third);
    EXPECT_EQ(third->peopleAhead, 2);
    // No service times yet today: 6 minutes each, two counters → 6 minutes.
    EXPECT_EQ(third->estimatedWaitMinutes, 6);
}

TEST_F(QueueEngineTest, EstimatesFromRecentServiceTimes)
{
    for (int i = 0; i < 4; ++i) {
        take("online_help");
    }
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(engine.act(4, CounterAction::Next));
        clock.advance(2min);
        ASSERT_TRUE(engine.act(4, CounterAction::Served));
    }
    auto next = engine.issue("kiosk-01", "online_help", Priority::None, {});
    ASSERT_TRUE(next);
    EXPECT_EQ(next->peopleAhead, 1);
    EXPECT_EQ(next->estimatedWaitMinutes, 2);  // one person, 2 min median, one counter
}

TEST_F(QueueEngineTest, PriorityTicketsAreCalledFirstThenFirstCome)
{
    const auto a1 = take("passport_new");
    const auto a2 = take("passport_new");
    const auto elderly = take("passport_new", Priority::Elderly);
    const auto pregnant = take("passport_new", Priority::Pregnant);
    const auto a5 = take("passport_new");

    auto ahead = engine.issue("kiosk-01", "passport_new", Priority::Disability, {});
    ASSERT_TRUE(ahead);
    EXPECT_EQ(ahead->peopleAhead, 2);  // only the two earlier priority tickets

    std::vector<std::string> order;
    for (int i = 0; i < 6; ++i) {
        auto view = engine.act(1, CounterAction::Next);
        ASSERT_TRUE(view && view->current);
        order.push_back(view->current->label);
    }
    EXPECT_EQ(order, (std::vector<std::string>{elderly.label, pregnant.label, ahead->ticket.label, a1.label,
                                               a2.label, a5.label}));
}

TEST_F(QueueEngineTest, CountersCallOnlyTheServicesTheyServe)
{
    take("passport_reissue");
    auto counter1 = engine.act(1, CounterAction::Next);  // counter 1 serves passport_new only
    ASSERT_TRUE(counter1);
    EXPECT_FALSE(counter1->current);
    auto counter3 = engine.act(3, CounterAction::Next);
    ASSERT_TRUE(counter3 && counter3->current);
    EXPECT_EQ(counter3->current->label, "B001");
    EXPECT_EQ(engine.act(9, CounterAction::Next).error().code, "queue.unknown_counter");
}

TEST_F(QueueEngineTest, TransferKeepsTheTicketsPlaceInTheOtherQueue)
{
    const auto a1 = take("passport_new");
    const auto b1 = take("passport_reissue");
    const auto b2 = take("passport_reissue");
    ASSERT_TRUE(engine.act(1, CounterAction::Next));
    auto moved = engine.transfer(1, "passport_reissue", 0);
    ASSERT_TRUE(moved);
    EXPECT_FALSE(moved->current);

    // A001 came before B001 and B002, so it is called first at a re-issue counter, and keeps its number.
    std::vector<std::string> order;
    for (int i = 0; i < 3; ++i) {
        auto view = engine.act(3, CounterAction::Next);
        ASSERT_TRUE(view && view->current);
        order.push_back(view->current->label);
    }
    EXPECT_EQ(order, (std::vector<std::string>{a1.label, b1.label, b2.label}));
}

TEST_F(QueueEngineTest, TransferToACounterGoesToThatCounterFirst)
{
    take("passport_new");
    const auto a2 = take("passport_new");
    take("passport_reissue");
    ASSERT_TRUE(engine.act(1, CounterAction::Next));  // A001 at counter 1
    ASSERT_TRUE(engine.act(2, CounterAction::Next));  // A002 at counter 2
    auto moved = engine.transfer(2, "passport_reissue", 3);
    ASSERT_TRUE(moved);
    auto at3 = engine.act(3, CounterAction::Next);
    ASSERT_TRUE(at3 && at3->current);
    EXPECT_EQ(at3->current->label, a2.label);
    EXPECT_EQ(engine.transfer(3, "passport_new", 3).error().code, "queue.bad_transfer");  // 3 does not serve it
    EXPECT_EQ(engine.transfer(1, "", 0).error().code, "queue.bad_transfer");
}

TEST_F(QueueEngineTest, RecallServedNoShowAndPause)
{
    take("passport_new");
    take("passport_new");
    EXPECT_EQ(engine.act(1, CounterAction::Recall).error().code, "queue.no_current");
    ASSERT_TRUE(engine.act(1, CounterAction::Next));
    auto recalled = engine.act(1, CounterAction::Recall);
    ASSERT_TRUE(recalled && recalled->current);
    EXPECT_EQ(recalled->current->calls, 2);
    EXPECT_EQ(engine.pause(1, true).error().code, "queue.counter_busy");
    ASSERT_TRUE(engine.act(1, CounterAction::NoShow));
    auto paused = engine.pause(1, true);
    ASSERT_TRUE(paused);
    EXPECT_TRUE(paused->paused);
    EXPECT_EQ(engine.act(1, CounterAction::Next).error().code, "queue.counter_paused");
    ASSERT_TRUE(engine.pause(1, false));
    auto next = engine.act(1, CounterAction::Next);
    ASSERT_TRUE(next && next->current);
    EXPECT_EQ(next->current->label, "A002");

    auto snapshot = engine.snapshot();
    ASSERT_TRUE(snapshot);
    ASSERT_GE(snapshot->recentCalls.size(), 3u);
    EXPECT_EQ(snapshot->recentCalls.front().label, "A002");
    EXPECT_EQ(snapshot->recentCalls.front().counter, 1);

    auto events = engine.eventsAfter(0);
    ASSERT_TRUE(events);
    std::vector<std::string> kinds;
    for (const auto &e : *events) {
        kinds.push_back(e.kind);
    }
    EXPECT_EQ(kinds, (std::vector<std::string>{"issued", "issued", "called", "recalled", "no_show", "paused",
                                               "resumed", "called"}));
}

TEST_F(QueueEngineTest, NumbersRestartAtLocalMidnightAndNeverRepeatWithinTheDay)
{
    ASSERT_TRUE(engine.issue("k", "online_help", Priority::None, {}));  // E001 at 08:00
    // 16:59:59 UTC is 23:59:59 in Hanoi: still the same day.
    clock.advance(std::chrono::hours(15) + std::chrono::minutes(59) + std::chrono::seconds(59));
    auto late = engine.issue("k", "online_help", Priority::None, {});
    ASSERT_TRUE(late);
    EXPECT_EQ(late->ticket.label, "E002");
    EXPECT_EQ(late->ticket.day, "260105");
    clock.advance(1s);  // 00:00:00 on the 6th in Hanoi, 17:00 UTC on the 5th
    auto first = engine.issue("k", "online_help", Priority::None, {});
    ASSERT_TRUE(first);
    EXPECT_EQ(first->ticket.label, "E001");
    EXPECT_EQ(first->ticket.day, "260106");
    EXPECT_EQ(first->peopleAhead, 0);  // yesterday's waiting tickets are not in today's queue
}

TEST_F(QueueEngineTest, ClosedOutsideOpeningHours)
{
    clock.advance(std::chrono::hours(9) + std::chrono::minutes(1));  // 17:01
    EXPECT_EQ(engine.issue("k", "passport_new", Priority::None, {}).error().code, "queue.closed");
    EXPECT_TRUE(engine.issue("k", "online_help", Priority::None, {}));
}

TEST_F(QueueEngineTest, DailyCapStopsTheService)
{
    for (int i = 0; i < 5; ++i) {
        take("passport_reissue");
    }
    EXPECT_EQ(engine.issue("k", "passport_reissue", Priority::None, {}).error().code, "queue.daily_cap");
}

TEST_F(QueueEngineTest, ARetriedRequestGetsTheSameTicket)
{
    auto first = engine.issue("k", "passport_new", Priority::None, "req-1");
    auto again = engine.issue("k", "passport_new", Priority::None, "req-1");
    ASSERT_TRUE(first && again);
    EXPECT_EQ(first->ticket.label, again->ticket.label);
    EXPECT_EQ(take("passport_new").label, "A002");
}

TEST_F(QueueEngineTest, LeasesComeFromTheTopAndNeverMeetDirectNumbers)
{
    auto lease1 = engine.lease("kiosk-02", "online_help", 10);
    auto lease2 = engine.lease("kiosk-03", "online_help", 10);
    ASSERT_TRUE(lease1 && lease2);
    EXPECT_EQ(lease1->first, 990);
    EXPECT_EQ(lease1->last, 999);
    EXPECT_EQ(lease2->first, 980);
    EXPECT_EQ(lease2->last, 989);
    EXPECT_EQ(take("online_help").number, 1);
}

TEST_F(QueueEngineTest, LeaseExhaustion)
{
    for (int i = 0; i < 99; ++i) {
        ASSERT_TRUE(engine.lease("k", "online_help", 10));  // 990 numbers: 10 … 999
    }
    for (int i = 0; i < 7; ++i) {
        take("online_help");  // 1 … 7
    }
    auto last = engine.lease("k", "online_help", 10);  // only 8 and 9 are left
    ASSERT_TRUE(last);
    EXPECT_EQ(last->first, 8);
    EXPECT_EQ(last->last, 9);
    EXPECT_EQ(engine.lease("k", "online_help", 10).error().code, "queue.numbers_exhausted");
    EXPECT_EQ(engine.issue("k", "online_help", Priority::None, {}).error().code, "queue.numbers_exhausted");
}

TEST_F(QueueEngineTest, SyncIsIdempotentAndRefusesNumbersOutsideTheLease)
{
    auto lease = engine.lease("kiosk-02", "passport_new", 3);
    ASSERT_TRUE(lease);
    Ticket mine{engine.today(), "passport_new", lease->first, "", "passport_new", Priority::Elderly};
    mine.issuedAtMs = 1;
    Ticket stolen = mine;
    stolen.number = 5;
    auto first = engine.sync("kiosk-02", {mine, stolen});
    ASSERT_TRUE(first);
    EXPECT_EQ(first->accepted, 1);
    EXPECT_EQ(first->rejected, 1);
    auto again = engine.sync("kiosk-02", {mine});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->accepted, 1);
    EXPECT_EQ(engine.sync("kiosk-03", {mine})->rejected, 1);  // another kiosk's lease

    auto snapshot = engine.snapshot();
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(snapshot->services[0].waiting, 1);
    EXPECT_EQ(snapshot->services[0].priorityWaiting, 1);
    auto view = engine.act(1, CounterAction::Next);
    ASSERT_TRUE(view && view->current);
    EXPECT_EQ(view->current->label, "A997");
}

TEST_F(QueueEngineTest, IssuedTodayCountsSyncedTicketsAndTheCapSeesThem)
{
    auto lease = engine.lease("kiosk-02", "passport_reissue", 3);
    ASSERT_TRUE(lease);
    std::vector<Ticket> offline;
    for (int n = lease->first; n <= lease->last; ++n) {
        Ticket t;
        t.day = engine.today();
        t.service = t.queue = "passport_reissue";
        t.number = n;
        t.issuedAtMs = n;
        offline.push_back(t);
    }
    ASSERT_EQ(engine.sync("kiosk-02", offline)->accepted, 3);
    ASSERT_EQ(engine.sync("kiosk-02", offline)->accepted, 3);  // a resent sync is not counted twice
    take("passport_reissue");
    take("passport_reissue");
    auto snapshot = engine.snapshot();
    ASSERT_TRUE(snapshot);
    const auto &reissue = snapshot->services[1];
    ASSERT_EQ(reissue.code, "passport_reissue");
    EXPECT_EQ(reissue.issuedToday, 5);
    // The daily cap of 5 counts the leased tickets that came back by sync too.
    EXPECT_EQ(engine.issue("k", "passport_reissue", Priority::None, {}).error().code, "queue.daily_cap");
}

TEST_F(QueueEngineTest, StatsPerServiceAndHour)
{
    take("online_help");
    take("online_help");
    take("online_help");
    clock.advance(3min);
    ASSERT_TRUE(engine.act(4, CounterAction::Next));
    clock.advance(4min);
    ASSERT_TRUE(engine.act(4, CounterAction::Next));  // serves E001 (4 min), calls E002
    clock.advance(2min);
    ASSERT_TRUE(engine.act(4, CounterAction::NoShow));
    auto rows = engine.stats(engine.today());
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    const auto &row = rows->front();
    EXPECT_EQ(row.service, "online_help");
    EXPECT_EQ(row.hour, 8);
    EXPECT_EQ(row.tickets, 3);
    EXPECT_EQ(row.served, 1);
    EXPECT_EQ(row.noShows, 1);
    EXPECT_DOUBLE_EQ(row.serviceMedianS, 240);
    EXPECT_DOUBLE_EQ(row.waitMedianS, 183);  // E001 waited 183 s (3 s + 3 min), E002 422 s
    EXPECT_DOUBLE_EQ(row.waitP90S, 422);
}

}  // namespace
}  // namespace motcua::queue

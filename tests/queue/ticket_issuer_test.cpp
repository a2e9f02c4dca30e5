#include "kiosk/queue/ticket_issuer.h"

#include <gtest/gtest.h>

#include <set>

#include "kiosk/queue/embedded_queue_hub.h"
#include "tests/queue/queue_test_support.h"

namespace motcua::queue {
namespace {

using namespace std::chrono_literals;
using testing::memoryStore;
using testing::testServices;

// The real queue behind a link that can be cut (fault injection only).
class CuttableHub final : public QueueHub {
public:
    explicit CuttableHub(QueueHub &inner) : m_inner(inner) {}
    bool cut = false;
    bool loseAnswers = false;  // the hub does the work but the answer never arrives

    template <class F>
    auto through(F &&work) -> decltype(work())
    {
        if (cut) {
            return fail("hub.unreachable", "link cut");
        }
        auto result = work();
        if (loseAnswers) {
            return fail("hub.unreachable", "answer lost");
        }
        return result;
    }
    Result<IssuedTicket> issue(const std::string &k, const std::string &s, Priority p, const std::string &r) override
    {
        return through([&] { return m_inner.issue(k, s, p, r); });
    }
    Result<Lease> lease(const std::string &k, const std::string &s, int c) override
    {
        return through([&] { return m_inner.lease(k, s, c); });
    }
    Result<SyncOutcome> sync(const std::string &k, const std::vector<Ticket> &t) override
    {
        return through([&] { return m_inner.sync(k, t); });
    }
    Result<CounterView> act(int c, CounterAction a) override { return through([&] { return m_inner.act(c, a); }); }
    Result<CounterView> transfer(int c, const std::string &s, int t) override
    {
        return through([&] { return m_inner.transfer(c, s, t); });
    }
    Result<CounterView> pause(int c, bool p) override { return through([&] { return m_inner.pause(c, p); }); }
    Result<QueueSnapshot> snapshot() override { return through([&] { return m_inner.snapshot(); }); }
    Result<std::vector<QueueEvent>> eventsAfter(int64_t s, std::chrono::milliseconds w) override
    {
        return through([&] { return m_inner.eventsAfter(s, w); });
    }
    Result<std::vector<ServiceHourStats>> stats(const std::string &d) override
    {
        return through([&] { return m_inner.stats(d); });
    }
    Result<HelpRequest> requestHelp(const std::string &k) override
    {
        return through([&] { return m_inner.requestHelp(k); });
    }
    Result<HelpRequest> settleHelp(int64_t id, HelpState o, const std::string &b) override
    {
        return through([&] { return m_inner.settleHelp(id, o, b); });
    }
    Result<std::vector<HelpRequest>> pendingHelp() override { return through([&] { return m_inner.pendingHelp(); }); }

private:
    QueueHub &m_inner;
};

class TicketIssuerTest : public ::testing::Test {
protected:
    ManualClock clock;
    Database hubDb = memoryStore();
    EmbeddedQueueHub hub{hubDb, clock, testServices()};
    CuttableHub link{hub};
    Database kioskDb = memoryStore();
    LeaseStore leases{kioskDb};
    TicketIssuer issuer{link, leases, clock, "kiosk-02", testServices(), 4};

    std::multiset<std::string> hubLabels()
    {
        std::multiset<std::string> labels;
        auto query = hubDb.prepare("SELECT label FROM queue_tickets");
        while (query->step().value_or(false)) {
            labels.insert(query->columnText(0));
        }
        return labels;
    }
};

TEST_F(TicketIssuerTest, OnlineTicketsComeFromTheHub)
{
    auto ticket = issuer.issue("passport_new", Priority::None);
    ASSERT_TRUE(ticket);
    EXPECT_FALSE(ticket->fromLease);
    EXPECT_EQ(ticket->ticket.label, "A001");
}

TEST_F(TicketIssuerTest, CutOffKioskIssuesFromItsLeaseThenSyncsWithoutDuplicates)
{
    auto maintained = issuer.maintain();
    ASSERT_TRUE(maintained);
    EXPECT_EQ(maintained->leasedNumbers, 12);  // 4 for each of three services
    ASSERT_TRUE(issuer.issue("passport_new", Priority::None));  // A001 online

    link.cut = true;
    std::set<std::string> offline;
    for (int i = 0; i < 4; ++i) {
        auto ticket = issuer.issue("passport_new", i == 1 ? Priority::Pregnant : Priority::None);
        ASSERT_TRUE(ticket) << ticket.error().code;
        EXPECT_TRUE(ticket->fromLease);
        offline.insert(ticket->ticket.label);
        clock.advance(10s);
    }
    EXPECT_EQ(offline, (std::set<std::string>{"A996", "A997", "A998", "A999"}));
    // The lease is used up: the kiosk says so rather than invent a number.
    EXPECT_EQ(issuer.issue("passport_new", Priority::None).error().code, "queue.lease_exhausted");
    auto whileCut = issuer.maintain();
    ASSERT_TRUE(whileCut);
    EXPECT_FALSE(whileCut->hubReachable);

    link.cut = false;
    auto back = issuer.maintain();
    ASSERT_TRUE(back);
    EXPECT_EQ(back->synced, 4);
    EXPECT_EQ(back->rejected, 0);
    EXPECT_EQ(issuer.maintain()->synced, 0);  // nothing left to send
    // Sending the same tickets again changes nothing.
    auto resent = hub.sync("kiosk-02", *leases.unsynced());
    ASSERT_TRUE(resent);
    const auto labels = hubLabels();
    EXPECT_EQ(labels.size(), 5u);
    for (const auto &label : labels) {
        EXPECT_EQ(labels.count(label), 1u) << label;
    }
    // The synced priority ticket is called first; then the rest in issue order.
    auto first = hub.act(1, CounterAction::Next);
    ASSERT_TRUE(first && first->current);
    EXPECT_EQ(first->current->label, "A997");
}

TEST_F(TicketIssuerTest, ALostAnswerNeverGivesTheSameNumberTwice)
{
    ASSERT_TRUE(issuer.maintain());
    link.loseAnswers = true;  // the hub records A001 but the kiosk never hears of it
    auto ticket = issuer.issue("passport_new", Priority::None);
    ASSERT_TRUE(ticket);
    EXPECT_TRUE(ticket->fromLease);
    link.loseAnswers = false;
    ASSERT_TRUE(issuer.maintain());
    auto online = issuer.issue("passport_new", Priority::None);
    ASSERT_TRUE(online);
    EXPECT_EQ(online->ticket.label, "A002");
    const auto labels = hubLabels();
    EXPECT_EQ(labels, (std::multiset<std::string>{"A001", "A002", ticket->ticket.label}));
}

TEST_F(TicketIssuerTest, LeasesFromYesterdayAreNotUsedToday)
{
    ASSERT_TRUE(issuer.maintain());
    link.cut = true;
    clock.advance(24h);
    EXPECT_EQ(issuer.issue("online_help", Priority::None).error().code, "queue.lease_exhausted");
    link.cut = false;
    ASSERT_TRUE(issuer.maintain());
    link.cut = true;
    auto today = issuer.issue("online_help", Priority::None);
    ASSERT_TRUE(today);
    EXPECT_EQ(today->ticket.day, "260106");
    EXPECT_EQ(today->ticket.label, "E996");
}

}  // namespace
}  // namespace motcua::queue

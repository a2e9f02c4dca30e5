// motcua-hub's HTTPS API through the kiosk's client: every call, long-poll wake-up, error codes,
// mutual TLS, and the client's codes when the hub is gone.
#include "tools/hub/hub_server.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <future>

#include "kiosk/queue/https_queue_hub.h"
#include "tools/portal-sim/test_pki.h"

namespace motcua {
namespace {

using namespace motcua::queue;
using namespace std::chrono_literals;

std::vector<Service> alwaysOpen()
{
    return {{"passport_new", "A", "Cấp hộ chiếu lần đầu", "First passport", 0, 24 * 60, 999, {1, 2}},
            {"passport_reissue", "B", "Cấp lại", "Re-issue", 0, 24 * 60, 999, {2, 3}}};
}

class HubServerTest : public ::testing::Test {
protected:
    static inline std::filesystem::path dir;
    static inline PkiFiles pki;

    static void SetUpTestSuite()
    {
        dir = std::filesystem::temp_directory_path() / ("motcua-hub-test-" + std::to_string(::getpid()));
        auto made = makeTestPki(dir / "pki", {"kiosk-01"});
        ASSERT_TRUE(made) << made.error().message;
        pki = *made;
    }
    static void TearDownTestSuite() { std::filesystem::remove_all(dir); }

    std::unique_ptr<HubServer> startHub(const std::string &name, bool mutualTls = false, int port = 0)
    {
        HubOptions options;
        options.port = port;
        options.cert = pki.serverCert();
        options.key = pki.serverKey();
        options.dataFile = dir / (name + ".sqlite");
        options.services = alwaysOpen();
        options.threads = 8;
        if (mutualTls) {
            options.clientCa = pki.caCert();
        }
        auto hub = HubServer::create(options);
        EXPECT_TRUE(hub) << hub.error().message;
        auto bound = (*hub)->start();
        EXPECT_TRUE(bound);
        return std::move(*hub);
    }

    std::unique_ptr<HttpsQueueHub> client(int port, bool withCert = false)
    {
        HubEndpoint endpoint;
        endpoint.url = "https://127.0.0.1:" + std::to_string(port);
        endpoint.caFile = pki.caCert().string();
        if (withCert) {
            endpoint.clientCert = pki.clientCert("kiosk-01").string();
            endpoint.clientKey = pki.clientKey("kiosk-01").string();
        }
        auto link = HttpsQueueHub::create(endpoint);
        EXPECT_TRUE(link);
        return std::move(*link);
    }
};

TEST_F(HubServerTest, CallAGuideFromOneKioskAnsweredFromACounter)
{
    auto hub = startHub("help");
    auto kiosk = client(hub->port());
    auto counter = client(hub->port());
    const auto seen = counter->snapshot().value().lastSeq;

    auto asked = kiosk->requestHelp("kiosk-07");
    ASSERT_TRUE(asked) << asked.error().code;
    EXPECT_EQ(kiosk->requestHelp("kiosk-07").value().id, asked->id);  // pressed twice: one request
    auto events = counter->eventsAfter(seen, 2000ms);
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 1u);
    EXPECT_EQ(events->front().kind, "help_requested");
    auto pending = counter->pendingHelp();
    ASSERT_TRUE(pending);
    ASSERT_EQ(pending->size(), 1u);
    EXPECT_EQ(pending->front().kiosk, "kiosk-07");

    auto answered = counter->settleHelp(asked->id, HelpState::Acknowledged, "counter 2");
    ASSERT_TRUE(answered) << answered.error().code;
    EXPECT_EQ(answered->state, HelpState::Acknowledged);
    EXPECT_TRUE(kiosk->pendingHelp().value().empty());
    EXPECT_EQ(counter->settleHelp(999, HelpState::Acknowledged, "counter 2").error().code, "queue.unknown_help");
}

TEST_F(HubServerTest, EveryCallOverHttps)
{
    auto hub = startHub("calls");
    auto link = client(hub->port());

    auto first = link->issue("kiosk-01", "passport_new", Priority::None, "r1");
    ASSERT_TRUE(first) << first.error().code;
    EXPECT_EQ(first->ticket.label, "A001");
    auto retried = link->issue("kiosk-01", "passport_new", Priority::None, "r1");
    ASSERT_TRUE(retried);
    EXPECT_EQ(retried->ticket.label, "A001");
    auto elderly = link->issue("kiosk-01", "passport_new", Priority::Elderly, "r2");
    ASSERT_TRUE(elderly);
    EXPECT_EQ(elderly->peopleAhead, 0);
    EXPECT_EQ(link->issue("kiosk-01", "nope", Priority::None, "r3").error().code, "queue.unknown_service");

    auto lease = link->lease("kiosk-01", "passport_new", 5);
    ASSERT_TRUE(lease);
    EXPECT_EQ(lease->last, 999);
    Ticket offline{lease->day, "passport_new", lease->first, "", "passport_new"};
    offline.issuedAtMs = first->ticket.issuedAtMs;
    auto synced = link->sync("kiosk-01", {offline, offline});
    ASSERT_TRUE(synced);
    EXPECT_EQ(synced->accepted, 2);

    auto called = link->act(1, CounterAction::Next);
    ASSERT_TRUE(called && called->current);
    EXPECT_EQ(called->current->label, "A002");  // priority first
    ASSERT_TRUE(link->act(1, CounterAction::Recall));
    auto moved = link->transfer(1, "passport_reissue", 3);
    ASSERT_TRUE(moved);
    EXPECT_FALSE(moved->current);
    EXPECT_EQ(link->pause(9, true).error().code, "queue.unknown_counter");
    auto paused = link->pause(1, true);
    ASSERT_TRUE(paused);
    EXPECT_TRUE(paused->paused);
    EXPECT_EQ(link->act(1, CounterAction::Next).error().code, "queue.counter_paused");

    auto snapshot = link->snapshot();
    ASSERT_TRUE(snapshot);
    ASSERT_EQ(snapshot->services.size(), 2u);
    EXPECT_EQ(snapshot->services[0].waiting, 2);  // A001 and the synced A995
    EXPECT_EQ(snapshot->services[1].waiting, 1);  // A002, transferred
    EXPECT_EQ(snapshot->recentCalls.front().kind, "recalled");

    auto stats = link->stats(snapshot->day);
    ASSERT_TRUE(stats);
    ASSERT_FALSE(stats->empty());
    EXPECT_EQ(stats->front().tickets, 3);
}

TEST_F(HubServerTest, LongPollWakesOnTheNextEvent)
{
    auto hub = startHub("events");
    auto display = client(hub->port());
    auto counter = client(hub->port());
    auto start = display->eventsAfter(0, 0ms);
    ASSERT_TRUE(start);
    EXPECT_TRUE(start->empty());
    auto waiting = std::async(std::launch::async, [&] { return display->eventsAfter(0, 20000ms); });
    ASSERT_EQ(waiting.wait_for(200ms), std::future_status::timeout);  // still waiting
    ASSERT_TRUE(counter->issue("kiosk-01", "passport_reissue", Priority::None, "e1"));
    ASSERT_EQ(waiting.wait_for(5s), std::future_status::ready);
    auto events = waiting.get();
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 1u);
    EXPECT_EQ(events->front().kind, "issued");
    EXPECT_EQ(events->front().label, "B001");
}

TEST_F(HubServerTest, MutualTlsRefusesAClientWithoutCertificate)
{
    auto hub = startHub("mtls", true);
    EXPECT_EQ(client(hub->port())->snapshot().error().code, "hub.unreachable");
    EXPECT_TRUE(client(hub->port(), true)->snapshot());
}

TEST_F(HubServerTest, AStoppedHubIsReportedAsUnreachableAndTheClientReconnects)
{
    auto hub = startHub("restart");
    const int port = hub->port();
    auto link = client(port);
    ASSERT_TRUE(link->snapshot());
    hub.reset();
    auto gone = link->issue("kiosk-01", "passport_new", Priority::None, "x1");
    ASSERT_FALSE(gone);
    EXPECT_TRUE(isTransportError(gone.error())) << gone.error().code;
    hub = startHub("restart", false, port);  // same port, same data
    auto back = link->issue("kiosk-01", "passport_new", Priority::None, "x2");
    ASSERT_TRUE(back) << back.error().code;
    EXPECT_EQ(back->ticket.label, "A001");
}

}  // namespace
}  // namespace motcua

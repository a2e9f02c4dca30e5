// The kiosk's and the counter's view-models against a real motcua-hub process: "Call a guide" from a
// kiosk to a counter and back, and a kiosk in hub mode that keeps giving numbers from its leases
// while the hub is down, without freezing its screen, then syncs them with no duplicate. The Qt event
// loop is run by hand until the worker thread's answers arrive.
#include <QCoreApplication>
#include <QRegularExpression>
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "kiosk/app/help_requests.h"
#include "kiosk/app/queue_desk.h"
#include "kiosk/core/vietnam_time.h"
#include "kiosk/queue/https_queue_hub.h"
#include "kiosk/queue/lease_store.h"
#include "kiosk/store/migrations.h"
#include "tools/hub/hub_process.h"
#include "tools/portal-sim/test_pki.h"
#include "tests/support/wait_for.h"

namespace motcua {
namespace {

bool waitFor(const std::function<bool()> &done) { return test::waitFor(done, 15000); }

class SiteHubAppTest : public ::testing::Test {
protected:
    std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("motcua-site-hub-" + std::to_string(::getpid()));
    PkiFiles pki;
    std::unique_ptr<HubProcess> hub;
    SystemClock clock;

    void SetUp() override
    {
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        auto made = makeTestPki(dir / "pki", {});
        ASSERT_TRUE(made) << made.error().message;
        pki = *made;
        std::ofstream(dir / "hub.toml") << "[queue]\nmode = \"hub\"\n\n[[queue.services]]\ncode = \"passport_new\"\n"
                                           "prefix = \"A\"\nopens = \"00:00\"\ncloses = \"24:00\"\ndaily_cap = 999\n"
                                           "counters = [1, 2]\n";
        hub = std::make_unique<HubProcess>(MOTCUA_HUB_PROGRAM,
                                           std::vector<std::string>{"--pki", pki.dir.string(), "--data",
                                                                    (dir / "hub.sqlite").string(), "--config",
                                                                    (dir / "hub.toml").string()});
        ASSERT_TRUE(hub->start());
    }
    void TearDown() override
    {
        hub.reset();
        std::filesystem::remove_all(dir);
    }

    queue::HubEndpoint endpoint() const
    {
        return {"https://127.0.0.1:" + std::to_string(hub->port()), pki.caCert().string()};
    }
    std::unique_ptr<queue::HttpsQueueHub> link() const { return std::move(*queue::HttpsQueueHub::create(endpoint())); }
};

TEST_F(SiteHubAppTest, CallAGuideFromAKioskAnsweredAtACounter)
{
    auto kioskLink = link();
    auto counterLink = link();
    HelpRequests kiosk(kioskLink.get(), true, QStringLiteral("kiosk-05"), clock);
    HelpRequests counter(counterLink.get(), true, QStringLiteral("counter-pc"), clock);
    counter.setAnsweredBy(QStringLiteral("counter 2"));
    int alerts = 0;
    QObject::connect(&counter, &HelpRequests::alert, [&alerts] { ++alerts; });
    kiosk.startFollowing(100);
    counter.startFollowing(100);

    kiosk.request();
    ASSERT_TRUE(waitFor([&] { return kiosk.requested(); })) << kiosk.problem().toStdString();
    ASSERT_TRUE(waitFor([&] { return counter.pending().size() == 1; }));
    EXPECT_EQ(alerts, 1);
    const auto item = counter.pending().first().toMap();
    EXPECT_EQ(item.value("kiosk").toString(), "kiosk-05");
    EXPECT_TRUE(QRegularExpression("^\\d\\d:\\d\\d$").match(item.value("at").toString()).hasMatch());
    EXPECT_EQ(item.value("waitingMinutes").toInt(), 0);

    counter.acknowledge(item.value("id").toString());  // "I'm coming"
    EXPECT_TRUE(waitFor([&] { return !kiosk.requested(); })) << "the kiosk hears that a guide answered";
    EXPECT_TRUE(waitFor([&] { return counter.pending().isEmpty(); }));

    // A new call, then the citizen leaves: the session's end withdraws it everywhere.
    kiosk.request();
    ASSERT_TRUE(waitFor([&] { return counter.pending().size() == 1; }));
    EXPECT_EQ(alerts, 2);
    kiosk.wipeCitizenData();
    EXPECT_FALSE(kiosk.requested());
    EXPECT_TRUE(waitFor([&] { return counter.pending().isEmpty(); }));
}

TEST_F(SiteHubAppTest, KioskIssuesFromLeasesWhileTheHubIsDownThenSyncs)
{
    Config config;
    config.queue.mode = "hub";
    config.queue.hubUrl = endpoint().url;
    config.queue.caFile = endpoint().caFile;
    config.queue.leaseBlock = 4;
    config.queue.services = {{"passport_new", "A", "Cấp hộ chiếu lần đầu", "First passport", 0, 24 * 60, 999, {1, 2}}};
    config.site.kioskId = "kiosk-09";
    auto db = openStore(dir / "kiosk.sqlite");
    ASSERT_TRUE(db);
    auto wiring = makeQueueWiring(config, *db, clock);
    ASSERT_TRUE(wiring.issuer && wiring.remote);
    QueueDesk desk(wiring.issuer.get(), wiring.hub.get(), nullptr, config);
    // The kiosk's lease connection belongs to its worker thread; the test looks through its own.
    auto lookDb = Database::open(dir / "kiosk.sqlite");
    ASSERT_TRUE(lookDb);
    queue::LeaseStore looking(*lookDb);
    const auto day = vietnamDayCode(clock.wallNow());
    ASSERT_TRUE(waitFor([&] { return looking.remaining(day, "passport_new").value_or(0) > 0; }))
        << "the kiosk takes its lease on its own";

    desk.take("passport_new", "none");
    ASSERT_TRUE(waitFor([&] { return desk.hasTicket() || !desk.errorMessage().isEmpty(); }));
    EXPECT_EQ(desk.ticketLabel(), "A001");

    hub->kill();  // SIGKILL: the site's hub is gone
    desk.clear();
    QElapsedTimer screen;
    screen.start();
    desk.take("passport_new", "elderly");
    EXPECT_LT(screen.elapsed(), 100) << "taking a number must not wait for the hub on the UI thread";
    ASSERT_TRUE(waitFor([&] { return desk.hasTicket() || !desk.errorMessage().isEmpty(); }));
    ASSERT_TRUE(desk.hasTicket()) << desk.errorMessage().toStdString();
    const auto offline = desk.ticketLabel().toStdString();
    EXPECT_GE(desk.ticketLabel().mid(1).toInt(), 990) << offline << " comes from the lease, carved from the top";

    ASSERT_TRUE(hub->start());  // same port, same data
    EXPECT_TRUE(waitFor([&] { return looking.unsynced().value_or(std::vector<queue::Ticket>{1}).empty(); }))
        << "the kiosk sends what it issued once the hub is back";
    hub->stop();

    auto hubDb = Database::open(dir / "hub.sqlite");
    ASSERT_TRUE(hubDb);
    auto query = hubDb->prepare("SELECT label FROM queue_tickets");
    ASSERT_TRUE(query);
    std::multiset<std::string> labels;
    while (query->step().value_or(false)) {
        labels.insert(query->columnText(0));
    }
    EXPECT_EQ(labels.count("A001"), 1u);
    EXPECT_EQ(labels.count(offline), 1u);
    EXPECT_EQ(std::set<std::string>(labels.begin(), labels.end()).size(), labels.size()) << "no duplicate";
}

}  // namespace
}  // namespace motcua

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

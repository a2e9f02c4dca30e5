// The health snapshot from injected probes and a real SQLite store; its JSON
// form round-trips and carries no personal data; attention rules.
#include <gtest/gtest.h>

#include <filesystem>

#include "kiosk/fleet/fleet_listener.h"
#include "kiosk/fleet/fleet_topics.h"
#include "kiosk/health/kiosk_attention.h"
#include "kiosk/health/kiosk_health.h"
#include "kiosk/store/migrations.h"

using namespace motcua;
using namespace std::chrono;

namespace {

const auto kNow = system_clock::time_point(seconds(1'800'000'000));

class KioskHealthTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        dir = std::filesystem::temp_directory_path() / ("kiosk-health-" + std::to_string(::getpid()));
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        auto db = openStore(dir / "motcua.sqlite");
        ASSERT_TRUE(db);
        const int64_t nowMs = duration_cast<milliseconds>(kNow.time_since_epoch()).count();
        ASSERT_TRUE(db->execute(
            "INSERT INTO outbox(local_ref, idempotency_key, procedure, state, attempts, created_at, next_attempt_at,"
            " payload, accepted_at) VALUES"
            " ('A', 'ka', 'passport', 'accepted', 1, 0, 0, NULL, " + std::to_string(nowMs - 7200 * 1000) + "),"
            " ('B', 'kb', 'passport', 'pending', 0, 0, 0, 'x', NULL),"
            " ('C', 'kc', 'passport', 'pending', 0, 0, 0, 'x', NULL),"
            " ('D', 'kd', 'passport', 'failed', 3, 0, 0, 'x', NULL)"));
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    KioskHealthProbes probes(std::vector<std::string> printerReasons)
    {
        KioskHealthProbes p;
        p.printer = [printerReasons]() -> Result<PrinterStatus> {
            PrinterStatus status;
            status.destination = "receipt";
            status.reasons = printerReasons;
            status.problems = problemsFromReasons(printerReasons);
            return status;
        };
        p.camera = [] { return HealthCheck::ok("camera", "fake camera"); };
        p.scanner = [] { return HealthCheck::failed("scanner", "cannot open /dev/ttyACM0"); };
        p.portal = [] { return HealthCheck::ok("portal", "fake portal"); };
        return p;
    }

    KioskHealth collect(std::vector<std::string> reasons)
    {
        Config config;
        config.site.id = "hn-cn1";
        config.site.kioskId = "kiosk-02";
        KioskHealthContext context;
        context.now = kNow;
        context.outOfService = true;
        context.outOfServiceMessage = "Bảo trì";
        return collectKioskHealth(config, dir / "motcua.sqlite", probes(std::move(reasons)), context);
    }

    std::filesystem::path dir;
};

}  // namespace

TEST_F(KioskHealthTest, SnapshotReadsProbesAndStore)
{
    const auto h = collect({"media-low-warning"});
    EXPECT_EQ(h.siteId, "hn-cn1");
    EXPECT_EQ(h.kioskId, "kiosk-02");
    EXPECT_EQ(h.atUnixSeconds, 1'800'000'000);
    EXPECT_EQ(h.printer.state, HealthState::Warning);
    EXPECT_EQ(h.printer.code, "printer.media_low");
    EXPECT_EQ(h.paper, PaperLevel::Low);
    EXPECT_EQ(h.camera.state, HealthState::Ok);
    EXPECT_EQ(h.scanner.state, HealthState::Fault);
    EXPECT_EQ(h.portal.state, HealthState::Ok);
    ASSERT_TRUE(h.portalLatencyMs);
    ASSERT_TRUE(h.outboxDepth);
    EXPECT_EQ(*h.outboxDepth, 2);
    EXPECT_EQ(h.outboxFailed, 1);
    ASSERT_TRUE(h.lastAcceptedAgeSeconds);
    EXPECT_EQ(*h.lastAcceptedAgeSeconds, 7200);
    EXPECT_TRUE(h.outOfService);
    EXPECT_TRUE(h.diskFreeBytes && *h.diskFreeBytes > 0);
}

TEST_F(KioskHealthTest, EmptyPaperIsAFault)
{
    const auto h = collect({"media-empty-error"});
    EXPECT_EQ(h.printer.state, HealthState::Fault);
    EXPECT_EQ(h.printer.code, "printer.media_empty");
    EXPECT_EQ(h.paper, PaperLevel::Out);
}

TEST_F(KioskHealthTest, JsonRoundTrips)
{
    const auto h = collect({"media-empty-error"});
    const auto json = kioskHealthJson(h);
    EXPECT_EQ(json.find('\n'), std::string::npos);
    auto back = kioskHealthFromJson(json);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(kioskHealthJson(*back), json);
    EXPECT_EQ(kioskHealthFromJson("{}").error().code, "fleet.bad_health");
    EXPECT_EQ(kioskHealthFromJson("offline").error().code, "fleet.bad_health");
}

TEST_F(KioskHealthTest, ConcernsNameWhatNeedsAPerson)
{
    auto h = collect({"media-empty-error"});
    std::vector<std::string> codes;
    for (const auto &concern : concernsOf(h)) {
        codes.push_back(concern.key + ":" + concern.code + ":" + healthStateName(concern.state));
    }
    EXPECT_EQ(codes, (std::vector<std::string>{"printer:printer.media_empty:fault", "paper:paper.out:fault",
                                               "scanner:scanner.fault:fault", "outbox:outbox.failed:warning",
                                               "out_of_service:out_of_service:warning"}));
    h.lastAcceptedAgeSeconds = 3 * 3600;  // two applications wait and nothing was accepted for 3 h
    h.outboxDepth = 25;
    const auto concerns = concernsOf(h);
    EXPECT_TRUE(std::any_of(concerns.begin(), concerns.end(),
                            [](const auto &c) { return c.code == "last_accepted.stale"; }));
    EXPECT_TRUE(std::any_of(concerns.begin(), concerns.end(),
                            [](const auto &c) { return c.code == "outbox.high" && c.state == HealthState::Fault; }));
}

TEST(FleetTopics, NamesAndParses)
{
    const KioskAddress kiosk{"hn-cn1", "kiosk-02"};
    EXPECT_EQ(healthTopic("motcua", kiosk), "motcua/hn-cn1/kiosk-02/health");
    EXPECT_EQ(fleetFilter("motcua", "", "health"), "motcua/+/+/health");
    EXPECT_EQ(fleetFilter("motcua", "hn-cn1", "status"), "motcua/hn-cn1/+/status");
    const auto parsed = parseFleetTopic("motcua", "motcua/hn-cn1/kiosk-02/status");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->first.kiosk, "kiosk-02");
    EXPECT_EQ(parsed->second, "status");
    EXPECT_FALSE(parseFleetTopic("motcua", "other/hn-cn1/kiosk-02/status"));
    EXPECT_FALSE(parseFleetTopic("motcua", "motcua/hn-cn1/status"));
}

TEST(FleetListing, OfflineAndSilentKiosksNeedAttention)
{
    FleetEntry offline{{"hn-cn1", "kiosk-01"}, std::nullopt, "offline", {}};
    assessFleetEntry(offline, 1000, {});
    ASSERT_FALSE(offline.concerns.empty());
    EXPECT_EQ(offline.concerns.front().code, "kiosk.offline");

    KioskHealth healthy;
    healthy.atUnixSeconds = 1000;
    healthy.outboxDepth = 0;
    FleetEntry fine{{"hn-cn1", "kiosk-02"}, healthy, "online", {}};
    assessFleetEntry(fine, 1100, {});
    EXPECT_TRUE(fine.concerns.empty());
    assessFleetEntry(fine, 1000 + 181, {});
    ASSERT_EQ(fine.concerns.size(), 1u);
    EXPECT_EQ(fine.concerns.front().code, "health.stale");
}

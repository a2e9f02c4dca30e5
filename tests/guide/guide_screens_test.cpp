// Guide mode's view-models: out of service survives a restart and is audited;
// the day's figures count today's sessions, applications and queue numbers;
// the PIN pad's outcomes and the idle logout (a short timer, no sleeps).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "kiosk/app/day_figures.h"
#include "kiosk/app/guide_mode.h"
#include "kiosk/app/out_of_service.h"
#include "kiosk/queue/https_queue_hub.h"
#include "kiosk/store/migrations.h"
#include "kiosk/store/session_journal.h"
#include "tests/support/fresh_database.h"

using namespace motcua;
using namespace std::chrono_literals;

namespace {

QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "guide_screens_test";
    static char *argv[] = {name, nullptr};
    static QCoreApplication instance(argc, argv);
    return instance;
}

class GuideScreensTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        app();
        m_db.emplace(freshDatabase());
        m_audit.emplace(*m_db, m_clock);
    }

    std::vector<std::string> audited()
    {
        std::vector<std::string> out;
        for (const auto &record : m_audit->list().value_or(std::vector<AuditRecord>{})) {
            out.push_back(record.event + " " + record.actor);
        }
        return out;
    }

    template <class Done>
    void spinUntil(Done done)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done() && clock.elapsed() < 10000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
    }

    ManualClock m_clock;
    std::optional<Database> m_db;
    std::optional<AuditLog> m_audit;
};

TEST_F(GuideScreensTest, OutOfServiceSurvivesARestartAndIsAudited)
{
    {
        OutOfService state(*m_db, *m_audit, m_clock);
        EXPECT_FALSE(state.active());
        state.enter(QStringLiteral("  Printer being refilled  "), QStringLiteral("lan.nt"));
        EXPECT_TRUE(state.active());
        EXPECT_EQ(state.message(), QStringLiteral("Printer being refilled"));
    }
    OutOfService restarted(*m_db, *m_audit, m_clock);
    EXPECT_TRUE(restarted.active());
    EXPECT_EQ(restarted.message(), QStringLiteral("Printer being refilled"));
    EXPECT_EQ(restarted.by(), QStringLiteral("lan.nt"));
    restarted.leave(QStringLiteral("fleet:ops"));
    EXPECT_FALSE(restarted.active());
    EXPECT_TRUE(restarted.message().isEmpty());
    EXPECT_FALSE(OutOfService(*m_db, *m_audit, m_clock).active());

    const auto events = audited();
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0], "kiosk.out_of_service_on lan.nt");
    EXPECT_EQ(events[1], "kiosk.out_of_service_off fleet:ops");
    EXPECT_TRUE(m_audit->verify().has_value());
}

TEST_F(GuideScreensTest, LeavingWhenInServiceChangesNothing)
{
    OutOfService state(*m_db, *m_audit, m_clock);
    state.leave(QStringLiteral("lan.nt"));
    EXPECT_TRUE(audited().empty());
}

TEST_F(GuideScreensTest, DayFiguresCountOnlyTodaysLocalDay)
{
    const auto now = m_clock.wallNow();
    const auto dayStart = vietnamDayStart(now);
    SessionJournal journal(*m_db);
    ASSERT_TRUE(journal.recordStart("s1", dayStart + 1h).has_value());
    ASSERT_TRUE(journal.recordEnd("s1", "finished", dayStart + 1h).has_value());
    ASSERT_TRUE(journal.recordStart("s2", dayStart + 2h).has_value());
    ASSERT_TRUE(journal.recordEnd("s2", "timed_out", dayStart + 2h).has_value());
    ASSERT_TRUE(journal.recordStart("old", dayStart - 1h).has_value());  // yesterday
    const auto ms = [](auto at) {
        return std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count());
    };
    ASSERT_TRUE(m_db->execute("INSERT INTO outbox(local_ref, idempotency_key, procedure, created_at, next_attempt_at,"
                              " state, accepted_at) VALUES('A', 'ka', 'p', " + ms(dayStart + 1h) + ", 0, 'accepted', " +
                              ms(dayStart + 2h) + "), ('B', 'kb', 'p', " + ms(dayStart + 3h) +
                              ", 0, 'pending', NULL), ('C', 'kc', 'p', " + ms(dayStart - 2h) + ", 0, 'pending', NULL)")
                    .has_value());

    auto counts = collectDayFigures(*m_db, nullptr, now);
    ASSERT_TRUE(counts.has_value()) << counts.error().code;
    EXPECT_EQ(counts->sessionsStarted, 2);
    EXPECT_EQ(counts->sessionsFinished, 1);
    EXPECT_EQ(counts->sessionsAbandoned, 1);
    EXPECT_EQ(counts->applicationsSubmitted, 2);
    EXPECT_EQ(counts->applicationsAccepted, 1);
    EXPECT_TRUE(counts->queue.empty());
}

// A site hub that takes the connection and never answers (a socket listening, nothing reading): the
// guide's figures screen shows the kiosk's own figures at once, and the queue's problem when the link
// gives up, without blocking the UI thread meanwhile.
TEST_F(GuideScreensTest, ASilentSiteHubDoesNotHoldTheFiguresBack)
{
    const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::bind(silent, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ASSERT_EQ(::listen(silent, 4), 0);
    socklen_t length = sizeof address;
    ::getsockname(silent, reinterpret_cast<sockaddr *>(&address), &length);
    queue::HubEndpoint endpoint;
    endpoint.url = "https://127.0.0.1:" + std::to_string(ntohs(address.sin_port));
    endpoint.connectTimeoutMs = 300;
    endpoint.readTimeoutMs = 800;
    auto hub = queue::HttpsQueueHub::create(endpoint);
    ASSERT_TRUE(hub.has_value());

    SessionJournal journal(*m_db);
    ASSERT_TRUE(journal.recordStart("s1", m_clock.wallNow()).has_value());
    DayFigures figures(*m_db, hub->get(), true, {}, m_clock);
    QElapsedTimer took;
    took.start();
    figures.refresh();
    const auto returnedAfterMs = took.elapsed();
    EXPECT_LT(returnedAfterMs, endpoint.readTimeoutMs) << "refresh() waited for the hub";
    EXPECT_EQ(figures.figures().value("sessionsStarted").toLongLong(), 1);  // the kiosk's own, at once
    EXPECT_TRUE(figures.problem().isEmpty());
    spinUntil([&] { return !figures.problem().isEmpty(); });
    EXPECT_TRUE(figures.problem().startsWith("hub.")) << figures.problem().toStdString();
    EXPECT_EQ(figures.figures().value("sessionsStarted").toLongLong(), 1);  // still shown
    ::close(silent);
}

TEST_F(GuideScreensTest, QueueHoursAddUpPerService)
{
    std::vector<queue::ServiceHourStats> hours{
        {"passport", 8, 10, 8, 2, 300, 0, 0, 0},
        {"idcard", 8, 4, 4, 0, 120, 0, 0, 0},
        {"passport", 9, 2, 2, 0, 900, 0, 0, 0},
    };
    const auto days = queueDayByService(hours);
    ASSERT_EQ(days.size(), 2u);
    EXPECT_EQ(days[0].service, "passport");
    EXPECT_EQ(days[0].issued, 12);
    EXPECT_EQ(days[0].served, 10);
    EXPECT_EQ(days[0].noShows, 2);
    EXPECT_DOUBLE_EQ(days[0].medianWaitS, 300);  // 8 tickets waited ~300 s, 2 waited ~900 s
    EXPECT_EQ(days[1].issued, 4);
}

TEST_F(GuideScreensTest, VietnamDayStartsAtLocalMidnight)
{
    using namespace std::chrono;
    // 2026-11-23 17:30 UTC is 00:30 on the 24th in Hà Nội.
    const auto at = sys_days{year{2026} / 11 / 23} + 17h + 30min;
    EXPECT_EQ(vietnamDayStart(at), sys_days{year{2026} / 11 / 23} + 17h);
}

TEST_F(GuideScreensTest, WrongPinThenRightPinThenIdleLogout)
{
    GuideAccounts accounts(*m_db, *m_audit, m_clock, LockoutPolicy{}, PinHashCost::minimum());
    ASSERT_TRUE(accounts.add("lan.nt", "246813", "test").has_value());
    // The worker's check on the same in-memory store (the kiosk opens its own connection).
    GuideMode mode(accounts, *m_audit,
                   [&](const std::string &name, const std::string &pin) { return accounts.login(name, pin); }, 120s);
    mode.open();
    ASSERT_EQ(mode.state(), QStringLiteral("choose"));
    ASSERT_EQ(mode.guides().size(), 1);
    mode.chooseGuide(QStringLiteral("lan.nt"));
    for (int digit : {1, 1, 1, 1, 1, 1}) {
        mode.pressDigit(digit);
    }
    EXPECT_EQ(mode.pinLength(), 6);
    mode.submit();
    EXPECT_EQ(mode.pinLength(), 0);
    spinUntil([&] { return !mode.checking(); });
    EXPECT_EQ(mode.state(), QStringLiteral("pin"));
    EXPECT_TRUE(mode.message().contains(QLatin1Char('4'))) << mode.message().toStdString();

    for (int digit : {2, 4, 6, 8, 1, 3}) {
        mode.pressDigit(digit);
    }
    mode.submit();
    spinUntil([&] { return !mode.checking(); });
    EXPECT_EQ(mode.state(), QStringLiteral("home"));
    EXPECT_FALSE(mode.technician());

    mode.setIdleLogoutMs(20);
    spinUntil([&] { return mode.state() == QStringLiteral("closed"); });
    EXPECT_EQ(mode.state(), QStringLiteral("closed"));
    const auto events = audited();
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.back(), "guide.logout lan.nt");
    auto records = m_audit->list().value_or(std::vector<AuditRecord>{});
    EXPECT_EQ(records.back().detail, "idle");
}

TEST_F(GuideScreensTest, AssistedSessionEndsWhenTheKioskIsBackAtAttract)
{
    GuideAccounts accounts(*m_db, *m_audit, m_clock, LockoutPolicy{}, PinHashCost::minimum());
    ASSERT_TRUE(accounts.add("lan.nt", "246813", "test").has_value());
    GuideMode mode(accounts, *m_audit,
                   [&](const std::string &name, const std::string &pin) { return accounts.login(name, pin); }, 120s);
    QStringList changes;
    QObject::connect(&mode, &GuideMode::assistedSessionChanged, [&](const QString &guide) { changes << guide; });
    mode.open();
    mode.chooseGuide(QStringLiteral("lan.nt"));
    for (int digit : {2, 4, 6, 8, 1, 3}) {
        mode.pressDigit(digit);
    }
    mode.submit();
    spinUntil([&] { return !mode.checking(); });
    ASSERT_EQ(mode.state(), QStringLiteral("home"));
    mode.startAssistedSession();
    EXPECT_EQ(mode.state(), QStringLiteral("closed"));
    mode.sessionStateChanged(QStringLiteral("attract"));  // not begun yet: still assisting
    EXPECT_EQ(mode.assistedBy(), QStringLiteral("lan.nt"));
    mode.sessionStateChanged(QStringLiteral("home"));
    mode.sessionStateChanged(QStringLiteral("attract"));
    EXPECT_TRUE(mode.assistedBy().isEmpty());
    EXPECT_EQ(changes, (QStringList{QStringLiteral("lan.nt"), QString()}));
    const auto events = audited();
    EXPECT_NE(std::find(events.begin(), events.end(), "session.assisted_start lan.nt"), events.end());
    EXPECT_EQ(events.back(), "session.assisted_end lan.nt");
}

}  // namespace

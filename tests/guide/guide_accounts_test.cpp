// Guide accounts: lock-out after 5 wrong PINs with growing delays (ManualClock),
// every attempt in the audit log, PINs only as argon2id hashes.
#include "kiosk/guide/guide_accounts.h"

#include <gtest/gtest.h>

#include "kiosk/store/migrations.h"
#include "tests/support/fresh_database.h"

using namespace motcua;
using namespace std::chrono_literals;

namespace {

constexpr const char *kPin = "470913";
constexpr const char *kWrong = "470914";

class GuideAccountsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db.emplace(freshDatabase());
        m_audit.emplace(*m_db, m_clock);
        // The cheapest argon2id: these tests hash and verify dozens of PINs.
        m_guides.emplace(*m_db, *m_audit, m_clock, LockoutPolicy{}, PinHashCost::minimum());
        ASSERT_TRUE(m_guides->add("thuy.nt", kPin, "cli:root").has_value());
    }

    LoginResult login(const std::string &pin, const std::string &name = "thuy.nt")
    {
        auto result = m_guides->login(name, pin);
        EXPECT_TRUE(result.has_value());
        return result.value_or(LoginResult{});
    }

    std::vector<std::string> auditedEvents()
    {
        std::vector<std::string> events;
        for (const auto &record : m_audit->list().value_or(std::vector<AuditRecord>{})) {
            events.push_back(record.event);
        }
        return events;
    }

    ManualClock m_clock;
    std::optional<Database> m_db;
    std::optional<AuditLog> m_audit;
    std::optional<GuideAccounts> m_guides;
};

}  // namespace

TEST_F(GuideAccountsTest, TheRightPinLogsIn)
{
    const auto result = login(kPin);
    EXPECT_EQ(result.outcome, LoginOutcome::Ok);
    auto accounts = m_guides->list();
    ASSERT_EQ(accounts->size(), 1u);
    EXPECT_GT(accounts->front().lastLoginMs, 0);
    EXPECT_EQ(auditedEvents(), (std::vector<std::string>{"guide.added", "guide.login_ok"}));
}

TEST_F(GuideAccountsTest, FiveWrongPinsLockWithGrowingDelays)
{
    for (int tries = 4; tries >= 1; --tries) {
        const auto result = login(kWrong);
        EXPECT_EQ(result.outcome, LoginOutcome::WrongPin);
        EXPECT_EQ(result.triesLeft, tries);
    }
    auto locked = login(kWrong);
    EXPECT_EQ(locked.outcome, LoginOutcome::Locked);
    EXPECT_EQ(locked.retryAfter, 60s);

    // While locked even the right PIN is refused, and not checked.
    m_clock.advance(59s);
    auto refused = login(kPin);
    EXPECT_EQ(refused.outcome, LoginOutcome::Locked);
    EXPECT_EQ(refused.retryAfter, 1s);

    // After the lock: five more wrong tries lock for twice as long.
    m_clock.advance(1s);
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(login(kWrong).outcome, LoginOutcome::WrongPin);
    }
    EXPECT_EQ(login(kWrong).retryAfter, 120s);
    m_clock.advance(120s);
    for (int i = 0; i < 5; ++i) {
        (void)login(kWrong);
    }
    auto third = m_guides->list()->front();
    EXPECT_EQ(third.lockouts, 3);
    EXPECT_EQ(login(kPin).retryAfter, 240s);

    // A good login after the lock forgets the history: the next lock is short again.
    m_clock.advance(240s);
    EXPECT_EQ(login(kPin).outcome, LoginOutcome::Ok);
    for (int i = 0; i < 4; ++i) {
        (void)login(kWrong);
    }
    EXPECT_EQ(login(kWrong).retryAfter, 60s);
}

TEST_F(GuideAccountsTest, EveryAttemptIsAudited)
{
    (void)login(kWrong);
    (void)login(kPin);
    for (int i = 0; i < 5; ++i) {
        (void)login(kWrong);
    }
    (void)login(kPin);
    (void)login(kPin, "nobody");
    const auto events = auditedEvents();
    EXPECT_EQ(events, (std::vector<std::string>{"guide.added", "guide.login_failed", "guide.login_ok",
                                                "guide.login_failed", "guide.login_failed", "guide.login_failed",
                                                "guide.login_failed", "guide.locked", "guide.locked",
                                                "guide.login_failed"}));
    const auto records = m_audit->list().value();
    EXPECT_EQ(records[7].detail, "locked_s=60 lockout=1");
    EXPECT_EQ(records[8].detail, "refused_while_locked");
    EXPECT_EQ(records[9].detail, "unknown_guide");
    for (const auto &record : records) {
        EXPECT_EQ(record.detail.find(kPin), std::string::npos);
        EXPECT_EQ(record.detail.find(kWrong), std::string::npos);
    }
    EXPECT_TRUE(m_audit->verify()->intact());
}

TEST_F(GuideAccountsTest, UnknownAndDisabledGuidesAreRefused)
{
    EXPECT_EQ(login(kPin, "nobody").outcome, LoginOutcome::UnknownGuide);
    ASSERT_TRUE(m_guides->disable("thuy.nt", "cli:root").has_value());
    EXPECT_EQ(login(kPin).outcome, LoginOutcome::Disabled);
    ASSERT_TRUE(m_guides->enable("thuy.nt", "cli:root").has_value());
    EXPECT_EQ(login(kPin).outcome, LoginOutcome::Ok);
    EXPECT_EQ(m_guides->disable("nobody", "cli:root").error().code, "guide.unknown");
}

TEST_F(GuideAccountsTest, ResetPinUnlocksAndReplacesThePin)
{
    for (int i = 0; i < 5; ++i) {
        (void)login(kWrong);
    }
    ASSERT_EQ(login(kPin).outcome, LoginOutcome::Locked);
    ASSERT_TRUE(m_guides->resetPin("thuy.nt", "582604", "cli:root").has_value());
    EXPECT_EQ(login(kPin).outcome, LoginOutcome::WrongPin);
    EXPECT_EQ(login("582604").outcome, LoginOutcome::Ok);
    EXPECT_EQ(m_guides->resetPin("thuy.nt", "111111", "cli:root").error().code, "guide.pin_trivial");
}

TEST_F(GuideAccountsTest, AddRefusesDuplicatesBadNamesAndWeakPins)
{
    EXPECT_EQ(m_guides->add("thuy.nt", "582604", "cli:root").error().code, "guide.exists");
    EXPECT_EQ(m_guides->add("Thuy NT", "582604", "cli:root").error().code, "guide.bad_name");
    EXPECT_EQ(m_guides->add("an.lv", "1234", "cli:root").error().code, "guide.pin_length");
    auto stored = m_db->prepare("SELECT pin_hash FROM guide_accounts");
    ASSERT_TRUE(stored && stored->step().value_or(false));
    EXPECT_EQ(stored->columnText(0).rfind("$argon2id$", 0), 0u);
}

TEST_F(GuideAccountsTest, AGoodLoginUpgradesAnOldCheaperHash)
{
    GuideAccounts stronger(*m_db, *m_audit, m_clock, LockoutPolicy{},
                           PinHashCost{PinHashCost::minimum().opsLimit + 1, PinHashCost::minimum().memLimit});
    auto result = stronger.login("thuy.nt", kPin);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->outcome, LoginOutcome::Ok);
    auto stored = m_db->prepare("SELECT pin_hash FROM guide_accounts");
    ASSERT_TRUE(stored && stored->step().value_or(false));
    EXPECT_NE(stored->columnText(0).find(",t=" + std::to_string(PinHashCost::minimum().opsLimit + 1) + ","),
              std::string::npos);
}

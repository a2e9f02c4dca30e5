// Guide accounts carry a role: a technician may also close the kiosk (lock-down's only way out).
#include <gtest/gtest.h>

#include "kiosk/guide/guide_accounts.h"
#include "kiosk/store/migrations.h"
#include "tests/support/fresh_database.h"

using namespace motcua;

namespace {

class GuideRoleTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db.emplace(freshDatabase());
        m_audit.emplace(*m_db, m_clock);
        m_guides.emplace(*m_db, *m_audit, m_clock, LockoutPolicy{}, PinHashCost::minimum());
    }

    ManualClock m_clock;
    std::optional<Database> m_db;
    std::optional<AuditLog> m_audit;
    std::optional<GuideAccounts> m_guides;
};

}  // namespace

TEST_F(GuideRoleTest, AGuideByDefaultATechnicianWhenAsked)
{
    ASSERT_TRUE(m_guides->add("thuy.nt", "470913", "cli:root").has_value());
    ASSERT_TRUE(m_guides->add("kythuat.hung", "582046", "cli:root", GuideRole::Technician).has_value());
    auto accounts = m_guides->list();
    ASSERT_TRUE(accounts.has_value());
    ASSERT_EQ(accounts->size(), 2u);
    EXPECT_EQ(accounts->at(0).name, "kythuat.hung");
    EXPECT_EQ(accounts->at(0).role, GuideRole::Technician);
    EXPECT_EQ(accounts->at(1).role, GuideRole::Guide);
}

TEST_F(GuideRoleTest, LoginTellsTheRole)
{
    ASSERT_TRUE(m_guides->add("thuy.nt", "470913", "cli:root").has_value());
    ASSERT_TRUE(m_guides->add("kythuat.hung", "582046", "cli:root", GuideRole::Technician).has_value());
    auto technician = m_guides->login("kythuat.hung", "582046");
    ASSERT_TRUE(technician.has_value());
    EXPECT_EQ(technician->outcome, LoginOutcome::Ok);
    EXPECT_EQ(technician->role, GuideRole::Technician);
    auto guide = m_guides->login("thuy.nt", "470913");
    ASSERT_TRUE(guide.has_value());
    EXPECT_EQ(guide->role, GuideRole::Guide);
}

TEST_F(GuideRoleTest, RoleNamesAndTheColumnCheck)
{
    EXPECT_EQ(guideRoleFromName("technician").value_or(GuideRole::Guide), GuideRole::Technician);
    EXPECT_EQ(guideRoleFromName("guide").value_or(GuideRole::Technician), GuideRole::Guide);
    EXPECT_EQ(guideRoleFromName("root").error().code, "guide.bad_role");
    // The database itself refuses any other role.
    EXPECT_FALSE(m_db->execute("INSERT INTO guide_accounts(name, pin_hash, created_at_ms, updated_at_ms, role)"
                               " VALUES('x', 'h', 0, 0, 'admin')")
                     .has_value());
}

// The audit chain: verifies when untouched, names the row that was changed or
// deleted, and SQLite itself refuses UPDATE and DELETE.
#include "kiosk/audit/audit_log.h"

#include <gtest/gtest.h>

#include "kiosk/store/migrations.h"
#include "tests/support/fresh_database.h"

using namespace motcua;

namespace {

class AuditLogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db.emplace(freshDatabase());
        m_log.emplace(*m_db, m_clock);
        for (const auto event : {AuditEvent::GuideLoginOk, AuditEvent::AssistedSessionStart, AuditEvent::Reprint,
                                 AuditEvent::AssistedSessionEnd, AuditEvent::OutOfServiceOn}) {
            ASSERT_TRUE(m_log->append(event, "thuy.nt", "K01-251009-0001").has_value());
            m_clock.advance(std::chrono::seconds(30));
        }
    }
    // An attacker with the sqlite3 shell: the triggers go first.
    void tamper(const std::string &sql)
    {
        ASSERT_TRUE(m_db->execute("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete").has_value());
        ASSERT_TRUE(m_db->execute(sql).has_value());
    }

    ManualClock m_clock;
    std::optional<Database> m_db;
    std::optional<AuditLog> m_log;
};

}  // namespace

TEST_F(AuditLogTest, AnUntouchedChainVerifies)
{
    auto result = m_log->verify();
    ASSERT_TRUE(result.has_value());
    EXPECT_TRUE(result->intact());
    EXPECT_EQ(result->rows, 5);
    EXPECT_EQ(result->head.seq, 5);
    auto rows = m_log->list();
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 5u);
    EXPECT_EQ(rows->front().prevHash, auditGenesisHash());
    EXPECT_EQ((*rows)[1].prevHash, rows->front().hash);
    EXPECT_EQ((*rows)[2].event, "print.reprint");
}

TEST_F(AuditLogTest, SqliteRefusesUpdateAndDelete)
{
    auto update = m_db->execute("UPDATE audit_log SET actor = 'someone' WHERE seq = 2");
    ASSERT_FALSE(update.has_value());
    EXPECT_NE(update.error().message.find("append-only"), std::string::npos);
    EXPECT_FALSE(m_db->execute("DELETE FROM audit_log WHERE seq = 2").has_value());
    EXPECT_TRUE(m_log->verify()->intact());
}

TEST_F(AuditLogTest, AChangedRowIsNamed)
{
    tamper("UPDATE audit_log SET actor = 'someone.else' WHERE seq = 3");
    auto result = m_log->verify();
    ASSERT_TRUE(result.has_value());
    ASSERT_FALSE(result->intact());
    EXPECT_EQ(result->problems.front().seq, 3);
    EXPECT_EQ(result->problems.front().kind, "changed");
}

TEST_F(AuditLogTest, AChangedRowWithARecomputedHashBreaksTheNextLink)
{
    auto rows = m_log->list();
    AuditRecord forged = (*rows)[1];
    forged.detail = "nothing happened";
    forged.hash = auditRowHash(forged);
    tamper("UPDATE audit_log SET detail = 'nothing happened', hash = '" + forged.hash + "' WHERE seq = 2");
    auto result = m_log->verify();
    ASSERT_FALSE(result->intact());
    EXPECT_EQ(result->problems.front().seq, 3);
    EXPECT_EQ(result->problems.front().kind, "relinked");
}

TEST_F(AuditLogTest, ADeletedRowIsNamed)
{
    tamper("DELETE FROM audit_log WHERE seq = 2");
    auto result = m_log->verify();
    ASSERT_FALSE(result->intact());
    EXPECT_EQ(result->problems.front().seq, 2);
    EXPECT_EQ(result->problems.front().kind, "missing");
    EXPECT_EQ(result->problems.front().message, "row 2 deleted");
}

TEST_F(AuditLogTest, RowsDeletedFromTheEndAreNoticedThroughTheHead)
{
    tamper("DELETE FROM audit_log WHERE seq >= 4");
    auto result = m_log->verify();
    ASSERT_FALSE(result->intact());
    EXPECT_EQ(result->problems.front().kind, "truncated");
    EXPECT_EQ(result->problems.front().seq, 4);
}

TEST_F(AuditLogTest, ListSinceFiltersByTime)
{
    const auto all = m_log->list();
    auto recent = m_log->list((*all)[3].atMs);
    ASSERT_TRUE(recent.has_value());
    EXPECT_EQ(recent->size(), 2u);
}

TEST(AuditChain, CanonicalFormsCannotBeConfused)
{
    AuditRecord a{1, 10, "guide.login_ok", "ab", "c", auditGenesisHash(), ""};
    AuditRecord b{1, 10, "guide.login_ok", "a", "bc", auditGenesisHash(), ""};
    EXPECT_NE(auditRowHash(a), auditRowHash(b));
    EXPECT_EQ(auditRowHash(a).size(), 64u);
}

TEST(AuditEventNames, RoundTrip)
{
    for (const auto event : {AuditEvent::GuideLoginOk, AuditEvent::GuideLocked, AuditEvent::ConfigChange,
                             AuditEvent::OutOfServiceOff}) {
        EXPECT_EQ(auditEventFromName(auditEventName(event)), event);
    }
    EXPECT_FALSE(auditEventFromName("nope").has_value());
}

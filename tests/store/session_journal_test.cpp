#include "kiosk/store/session_journal.h"

#include <gtest/gtest.h>

#include "kiosk/store/migrations.h"

using namespace motcua;
using namespace std::chrono;

TEST(SessionJournal, CountsSessionsOfADayByOutcome)
{
    auto db = Database::openInMemory();
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(migrate(*db).has_value());
    SessionJournal journal(*db);
    const auto day = sys_days{year{2026} / 11 / 23};
    const auto at = day + hours(2);
    ASSERT_TRUE(journal.recordStart("s1", at).has_value());
    ASSERT_TRUE(journal.recordLanguage("s1", "vi").has_value());
    ASSERT_TRUE(journal.recordService("s1", "site-info").has_value());
    ASSERT_TRUE(journal.recordService("s1", "queue").has_value());
    ASSERT_TRUE(journal.recordEnd("s1", "finished", at + minutes(3)).has_value());
    ASSERT_TRUE(journal.recordStart("s2", at + hours(1)).has_value());
    ASSERT_TRUE(journal.recordEnd("s2", "timed_out", at + hours(1) + minutes(2)).has_value());
    ASSERT_TRUE(journal.recordStart("s3", at - days(1)).has_value());

    auto figures = journal.figures(day, day + days(1));
    ASSERT_TRUE(figures.has_value());
    EXPECT_EQ(figures->sessions, 2);
    EXPECT_EQ(figures->finished, 1);
    EXPECT_EQ(figures->timedOut, 1);
    EXPECT_EQ(figures->abandoned, 0);

    auto services = db->prepare("SELECT services, language FROM session_journal WHERE session_id = 's1'");
    ASSERT_TRUE(services.has_value());
    ASSERT_TRUE(services->step().value_or(false));
    EXPECT_EQ(services->columnText(0), "site-info,queue");
    EXPECT_EQ(services->columnText(1), "vi");
}

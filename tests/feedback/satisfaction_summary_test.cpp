// Ratings go into SQLite (a real migrated store) and come back as the day's figures.
#include "kiosk/feedback/satisfaction_summary.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "kiosk/store/migrations.h"
#include "tests/support/fresh_database.h"

namespace motcua::feedback {
namespace {

using namespace std::chrono;

// 2026-03-10 09:30 in Hanoi (UTC+7).
const system_clock::time_point kMorning = sys_days{year{2026} / 3 / 10} + hours{2} + minutes{30};

class SatisfactionSummaryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        db.emplace(freshDatabase());
    }
    int64_t rate(int rating, system_clock::time_point at, const std::string &comment = {})
    {
        FeedbackEntry entry{at, "hn-cn1-tayho", "kiosk-01", "vi", {"passport", "queue"}, rating, comment};
        auto id = FeedbackStore(*db).record(entry);
        EXPECT_TRUE(id) << (id ? "" : id.error().message);
        return id ? *id : 0;
    }
    std::optional<Database> db;
};

TEST_F(SatisfactionSummaryTest, CountsPerRatingAndSatisfactionIndex)
{
    rate(5, kMorning);
    rate(4, kMorning + minutes(5));
    rate(4, kMorning + minutes(6));
    rate(2, kMorning + minutes(7), "Chữ nhỏ quá");
    rate(3, kMorning + hours(15));  // 00:30 the next day in Hanoi
    auto summary = daySummary(*db, "2026-03-10");
    ASSERT_TRUE(summary) << summary.error().message;
    EXPECT_EQ(summary->responses, 4);
    EXPECT_EQ(summary->perRating, (std::array<int, 5>{0, 1, 0, 2, 1}));
    EXPECT_DOUBLE_EQ(summary->satisfactionIndex, 0.75);
    EXPECT_DOUBLE_EQ(summary->averageRating, 3.75);
    ASSERT_EQ(summary->comments.size(), 1u);
    EXPECT_EQ(summary->comments[0].time, "09:37");
    EXPECT_EQ(summary->comments[0].comment, "Chữ nhỏ quá");
    EXPECT_EQ(daySummary(*db, "2026-03-11")->responses, 1);
}

TEST_F(SatisfactionSummaryTest, CommentAddedAfterTheRatingIsScrubbed)
{
    const auto id = rate(1, kMorning);
    ASSERT_TRUE(FeedbackStore(*db).addComment(id, "Máy in hỏng, gọi 0912345678"));
    auto entries = FeedbackStore(*db).day("2026-03-10");
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1u);
    EXPECT_EQ((*entries)[0].comment, "Máy in hỏng, gọi […]");
    EXPECT_EQ((*entries)[0].services, (std::vector<std::string>{"passport", "queue"}));
    EXPECT_EQ(FeedbackStore(*db).addComment(id + 100, "x").error().code, "feedback.unknown");
}

TEST_F(SatisfactionSummaryTest, RefusesRatingsOutOfRange)
{
    FeedbackEntry entry{kMorning, "s", "k", "en", {}, 6, ""};
    EXPECT_EQ(FeedbackStore(*db).record(entry).error().code, "feedback.rating");
    entry.rating = 0;
    EXPECT_FALSE(FeedbackStore(*db).record(entry));
}

TEST_F(SatisfactionSummaryTest, EmptyDayAndJson)
{
    auto empty = daySummary(*db, "2026-03-10");
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->responses, 0);
    EXPECT_EQ(empty->satisfactionIndex, 0);
    rate(5, kMorning, "Tốt");
    const auto json = toJson(*daySummary(*db, "2026-03-10"));
    EXPECT_EQ(json["per_rating"]["very_satisfied"], 1);
    EXPECT_EQ(json["per_rating"]["neutral"], 0);
    EXPECT_EQ(json["satisfaction_index"], 1.0);
    EXPECT_EQ(json["comments"][0]["comment"], "Tốt");
}

}  // namespace
}  // namespace motcua::feedback

#include "kiosk/feedback/satisfaction_summary.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "kiosk/core/vietnam_time.h"

namespace motcua::feedback {
namespace {

std::string hanoiClock(std::chrono::system_clock::time_point at)
{
    const auto local = std::chrono::floor<std::chrono::minutes>(at + kVietnamUtcOffset);
    const auto minutes = (local - std::chrono::floor<std::chrono::days>(local)).count();
    char text[16];
    std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(minutes / 60), static_cast<int>(minutes % 60));
    return text;
}

}  // namespace

DaySummary summarize(const std::string &isoDate, const std::vector<FeedbackEntry> &entries)
{
    DaySummary summary;
    summary.date = isoDate;
    int total = 0;
    for (const auto &entry : entries) {
        if (entry.rating < kLowestRating || entry.rating > kHighestRating) {
            continue;
        }
        ++summary.responses;
        ++summary.perRating[static_cast<size_t>(entry.rating - 1)];
        total += entry.rating;
        if (!entry.comment.empty()) {
            summary.comments.push_back({hanoiClock(entry.at), entry.language, entry.rating, entry.comment});
        }
    }
    if (summary.responses > 0) {
        summary.satisfactionIndex = static_cast<double>(summary.perRating[3] + summary.perRating[4]) /
                                    summary.responses;
        summary.averageRating = static_cast<double>(total) / summary.responses;
    }
    return summary;
}

Result<DaySummary> daySummary(Database &db, const std::string &isoDate)
{
    auto entries = FeedbackStore(db).day(isoDate);
    if (!entries) {
        return unexpected(entries.error());
    }
    return summarize(isoDate, *entries);
}

nlohmann::json toJson(const DaySummary &summary)
{
    nlohmann::json perRating = nlohmann::json::object();
    for (int rating = kLowestRating; rating <= kHighestRating; ++rating) {
        perRating[ratingKey(rating)] = summary.perRating[static_cast<size_t>(rating - 1)];
    }
    nlohmann::json comments = nlohmann::json::array();
    for (const auto &c : summary.comments) {
        comments.push_back({{"time", c.time}, {"language", c.language}, {"rating", c.rating}, {"comment", c.comment}});
    }
    return {{"date", summary.date},
            {"responses", summary.responses},
            {"per_rating", perRating},
            {"satisfaction_index", summary.satisfactionIndex},
            {"average_rating", summary.averageRating},
            {"comments", comments}};
}

}  // namespace motcua::feedback

#pragma once
// A day's satisfaction figures, as `motcua feedback stats` prints them and as
// the site reports them with its other daily figures: responses per rating,
// the satisfaction index (share of "satisfied" and "very satisfied"), comments.
#include <array>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "kiosk/feedback/feedback_store.h"

namespace motcua::feedback {

struct DayComment {
    std::string time;  // "HH:MM", Hanoi time
    std::string language;
    int rating = 0;
    std::string comment;
};

struct DaySummary {
    std::string date;  // "YYYY-MM-DD", Hanoi
    int responses = 0;
    std::array<int, 5> perRating{};  // [0] = rating 1 (very dissatisfied) … [4] = rating 5
    double satisfactionIndex = 0;  // 0…1; 0 when there were no responses
    double averageRating = 0;  // 1…5; 0 when there were no responses
    std::vector<DayComment> comments;  // non-empty comments, oldest first
};

DaySummary summarize(const std::string &isoDate, const std::vector<FeedbackEntry> &entries);

// The day's summary from the store: what the site's daily report includes.
Result<DaySummary> daySummary(Database &db, const std::string &isoDate);

nlohmann::json toJson(const DaySummary &summary);

}  // namespace motcua::feedback

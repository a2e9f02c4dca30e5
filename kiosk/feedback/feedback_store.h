#pragma once
// Satisfaction ratings and suggestions, replacing the paper suggestion box.
// Nothing personal: when, where (site, kiosk), in which language, which
// services were used, the rating, and a comment already scrubbed of
// anything that looks like personal data (comment_scrubber.h).
#include <chrono>
#include <string>
#include <vector>

#include "kiosk/core/result.h"
#include "kiosk/store/database.h"

namespace motcua::feedback {

// 1 very dissatisfied … 5 very satisfied (the service centre's five levels).
inline constexpr int kLowestRating = 1;
inline constexpr int kHighestRating = 5;

// "very_dissatisfied", "dissatisfied", "neutral", "satisfied", "very_satisfied"; "" out of range.
const char *ratingKey(int rating);

struct FeedbackEntry {
    std::chrono::system_clock::time_point at;
    std::string site;
    std::string kiosk;
    std::string language;
    std::vector<std::string> services;  // service ids opened in the session, in order, no repeats
    int rating = 0;
    std::string comment;  // scrubbed on the way in
};

class FeedbackStore {
public:
    explicit FeedbackStore(Database &db) : m_db(db) {}

    // Stores the rating (the comment is scrubbed first); returns the row's id.
    Result<int64_t> record(const FeedbackEntry &entry);
    // A comment typed after the one-tap rating, attached to that rating.
    Status addComment(int64_t id, const std::string &comment);
    // Entries of one Hanoi calendar day ("YYYY-MM-DD"), oldest first.
    Result<std::vector<FeedbackEntry>> day(const std::string &isoDate);

private:
    Database &m_db;
};

}  // namespace motcua::feedback

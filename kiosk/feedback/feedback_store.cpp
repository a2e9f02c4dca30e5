#include "kiosk/feedback/feedback_store.h"

#include "kiosk/core/vietnam_time.h"
#include "kiosk/feedback/comment_scrubber.h"

namespace motcua::feedback {
namespace {

std::string joinServices(const std::vector<std::string> &services)
{
    std::string out;
    for (const auto &service : services) {
        out += (out.empty() ? "" : ",") + service;
    }
    return out;
}

std::vector<std::string> splitServices(const std::string &text)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start < text.size()) {
        const size_t comma = text.find(',', start);
        const size_t end = comma == std::string::npos ? text.size() : comma;
        if (end > start) {
            out.push_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

}  // namespace

const char *ratingKey(int rating)
{
    static const char *const kKeys[] = {"very_dissatisfied", "dissatisfied", "neutral", "satisfied",
                                        "very_satisfied"};
    return rating >= kLowestRating && rating <= kHighestRating ? kKeys[rating - 1] : "";
}

Result<int64_t> FeedbackStore::record(const FeedbackEntry &entry)
{
    if (entry.rating < kLowestRating || entry.rating > kHighestRating) {
        return fail("feedback.rating", "a rating is 1 (very dissatisfied) to 5 (very satisfied)");
    }
    auto insert = m_db.prepare(
        "INSERT INTO feedback(at_ms, day, site, kiosk, language, services, rating, comment)"
        " VALUES(?,?,?,?,?,?,?,?)");
    if (!insert) {
        return unexpected(insert.error());
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(entry.at.time_since_epoch()).count();
    insert->bind(1, int64_t{ms})
        .bind(2, vietnamIsoDate(entry.at))
        .bind(3, entry.site)
        .bind(4, entry.kiosk)
        .bind(5, entry.language)
        .bind(6, joinServices(entry.services))
        .bind(7, int64_t{entry.rating})
        .bind(8, scrubComment(entry.comment));
    if (auto ran = insert->run(); !ran) {
        return unexpected(ran.error());
    }
    return static_cast<int64_t>(sqlite3_last_insert_rowid(m_db.handle()));
}

Status FeedbackStore::addComment(int64_t id, const std::string &comment)
{
    auto update = m_db.prepare("UPDATE feedback SET comment = ? WHERE id = ?");
    if (!update) {
        return unexpected(update.error());
    }
    update->bind(1, scrubComment(comment)).bind(2, id);
    if (auto ran = update->run(); !ran) {
        return ran;
    }
    if (sqlite3_changes(m_db.handle()) != 1) {
        return fail("feedback.unknown", "no rating " + std::to_string(id) + " to attach the comment to");
    }
    return {};
}

Result<std::vector<FeedbackEntry>> FeedbackStore::day(const std::string &isoDate)
{
    return selectAll(
        m_db,
        "SELECT at_ms, site, kiosk, language, services, rating, comment FROM feedback WHERE day = ?"
        " ORDER BY at_ms, id",
        [&](Statement &q) { q.bind(1, isoDate); },
        [](const Statement &q) {
            FeedbackEntry entry;
            entry.at = std::chrono::system_clock::time_point(std::chrono::milliseconds(q.columnInt(0)));
            entry.site = q.columnText(1);
            entry.kiosk = q.columnText(2);
            entry.language = q.columnText(3);
            entry.services = splitServices(q.columnText(4));
            entry.rating = static_cast<int>(q.columnInt(5));
            entry.comment = q.columnText(6);
            return entry;
        });
}

}  // namespace motcua::feedback

#include "kiosk/cli/feedback_command.h"

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "kiosk/cli/audit_command.h"
#include "kiosk/core/vietnam_time.h"
#include "kiosk/feedback/satisfaction_summary.h"

namespace motcua::cli {
namespace {

struct FeedbackArgs {
    std::string date;
    bool csv = false;
};

bool isIsoDate(const std::string &date)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') {
        return false;
    }
    for (const size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (date[i] < '0' || date[i] > '9') {
            return false;
        }
    }
    return true;
}

const char *const kRatingWords[] = {"very dissatisfied", "dissatisfied", "neutral", "satisfied", "very satisfied"};

void printText(const feedback::DaySummary &s)
{
    std::printf("feedback %s: %d responses\n", s.date.c_str(), s.responses);
    for (int rating = feedback::kHighestRating; rating >= feedback::kLowestRating; --rating) {
        const int count = s.perRating[static_cast<size_t>(rating - 1)];
        std::printf("  %d %-18s %5d  %5.1f %%\n", rating, kRatingWords[rating - 1], count,
                    s.responses ? 100.0 * count / s.responses : 0.0);
    }
    std::printf("satisfaction index %.1f %% (satisfied + very satisfied), average %.2f / 5\n",
                100.0 * s.satisfactionIndex, s.averageRating);
    std::printf("comments: %zu\n", s.comments.size());
    for (const auto &c : s.comments) {
        std::printf("  %s [%s] %d  %s\n", c.time.c_str(), c.language.c_str(), c.rating, c.comment.c_str());
    }
}

// One row per day, so days can be appended into one spreadsheet.
void printCsv(const feedback::DaySummary &s)
{
    std::printf("date,responses");
    for (int rating = feedback::kLowestRating; rating <= feedback::kHighestRating; ++rating) {
        std::printf(",%s", feedback::ratingKey(rating));
    }
    std::printf(",satisfaction_index,average_rating,comments\n%s,%d", s.date.c_str(), s.responses);
    for (const int count : s.perRating) {
        std::printf(",%d", count);
    }
    std::printf(",%.4f,%.3f,%zu\n", s.satisfactionIndex, s.averageRating, s.comments.size());
}

void stats(const GlobalOptions &options, const FeedbackArgs &args, int &exitCode)
{
    const std::string date = args.date.empty() ? vietnamIsoDate(std::chrono::system_clock::now()) : args.date;
    if (!isIsoDate(date)) {
        std::fprintf(stderr, "motcua feedback stats: --date is YYYY-MM-DD\n");
        exitCode = kUsage;
        return;
    }
    auto db = openKioskDatabase(options, exitCode);
    if (!db) {
        return;
    }
    auto summary = feedback::daySummary(*db, date);
    if (!summary) {
        std::fprintf(stderr, "motcua feedback: %s (%s)\n", summary.error().message.c_str(),
                     summary.error().code.c_str());
        exitCode = kCheckFailed;
        return;
    }
    if (options.json) {
        std::printf("%s\n", feedback::toJson(*summary).dump(2).c_str());
    } else if (args.csv) {
        printCsv(*summary);
    } else {
        printText(*summary);
    }
    exitCode = kOk;
}

}  // namespace

void addFeedbackCommand(CLI::App &app, const GlobalOptions &options, int &exitCode)
{
    auto *feedback = app.add_subcommand("feedback", "Citizens' satisfaction ratings and suggestions");
    feedback->require_subcommand(1);
    auto args = std::make_shared<FeedbackArgs>();
    auto *statsCommand = feedback->add_subcommand("stats", "A day's ratings, satisfaction index and comments");
    statsCommand->add_option("--date", args->date, "Day in Hanoi time, YYYY-MM-DD (default: today)");
    statsCommand->add_flag("--csv", args->csv, "One CSV row with the day's figures");
    statsCommand->callback([&options, args, &exitCode] { stats(options, *args, exitCode); });
}

}  // namespace motcua::cli

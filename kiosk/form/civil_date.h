#pragma once
// Calendar dates as the form holds them (ISO "YYYY-MM-DD"), and whole-year
// ages. "Today" is always passed in, so the rules are testable on any day.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace motcua::form {

using Date = std::chrono::year_month_day;

enum class DateProblem { Format, NotACalendarDay };

struct DateParse {
    std::optional<Date> date;
    std::optional<DateProblem> problem;
};

// Strict: exactly YYYY-MM-DD, and a real day (no 30 February).
DateParse parseIsoDate(std::string_view text);
std::string formatIsoDate(const Date &date);

// Completed years from birth to on (a birthday on 29 February counts on 1 March).
int ageInYears(const Date &birth, const Date &on);

}  // namespace motcua::form

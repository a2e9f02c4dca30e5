#include "kiosk/form/civil_date.h"

#include <cstdio>

namespace motcua::form {

DateParse parseIsoDate(std::string_view text)
{
    auto digitsAt = [&](size_t from, size_t count) {
        for (size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return false;
            }
        }
        return true;
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digitsAt(0, 4) || !digitsAt(5, 2) ||
        !digitsAt(8, 2)) {
        return {std::nullopt, DateProblem::Format};
    }
    auto number = [&](size_t from, size_t count) {
        int value = 0;
        for (size_t i = from; i < from + count; ++i) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const Date date{std::chrono::year{number(0, 4)}, std::chrono::month{static_cast<unsigned>(number(5, 2))},
                    std::chrono::day{static_cast<unsigned>(number(8, 2))}};
    if (!date.ok()) {
        return {std::nullopt, DateProblem::NotACalendarDay};
    }
    return {date, std::nullopt};
}

std::string formatIsoDate(const Date &date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

int ageInYears(const Date &birth, const Date &on)
{
    int years = static_cast<int>(on.year()) - static_cast<int>(birth.year());
    const auto onMd = std::pair{static_cast<unsigned>(on.month()), static_cast<unsigned>(on.day())};
    const auto birthMd = std::pair{static_cast<unsigned>(birth.month()), static_cast<unsigned>(birth.day())};
    if (onMd < birthMd) {
        --years;
    }
    return years;
}

}  // namespace motcua::form

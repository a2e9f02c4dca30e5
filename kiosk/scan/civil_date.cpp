#include "kiosk/scan/civil_date.h"

#include <cstdio>

namespace motcua {
namespace {

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<CivilDate> parseDdMmYyyy(std::string_view text)
{
    if (text.size() != 8) {
        return std::nullopt;
    }
    int digits[8];
    for (size_t i = 0; i < 8; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
        digits[i] = text[i] - '0';
    }
    CivilDate date;
    date.day = digits[0] * 10 + digits[1];
    date.month = digits[2] * 10 + digits[3];
    date.year = digits[4] * 1000 + digits[5] * 100 + digits[6] * 10 + digits[7];
    if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1 ||
        date.day > daysInMonth(date.year, date.month)) {
        return std::nullopt;
    }
    return date;
}

std::string formatDdMmYyyy(const CivilDate &date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d/%02d/%04d", date.day, date.month, date.year);
    return buffer;
}

std::string formatIso(const CivilDate &date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

}  // namespace motcua

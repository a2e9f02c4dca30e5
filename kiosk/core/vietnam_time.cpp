#include "kiosk/core/vietnam_time.h"

#include <cstdio>

namespace motcua {

namespace {

std::chrono::year_month_day localDay(std::chrono::system_clock::time_point at)
{
    return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(at + kVietnamUtcOffset)};
}

}  // namespace

std::string vietnamDayCode(std::chrono::system_clock::time_point at)
{
    const auto date = localDay(at);
    char code[8];
    std::snprintf(code, sizeof code, "%02d%02u%02u", static_cast<int>(date.year()) % 100,
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return code;
}

std::string vietnamIsoDate(std::chrono::system_clock::time_point at)
{
    const auto date = localDay(at);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

}  // namespace motcua

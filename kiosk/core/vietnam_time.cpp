#include "kiosk/core/vietnam_time.h"

#include <cstdio>

namespace motcua {

std::string vietnamDayCode(std::chrono::system_clock::time_point at)
{
    const auto day = std::chrono::floor<std::chrono::days>(at + kVietnamUtcOffset);
    const std::chrono::year_month_day date{day};
    char code[8];
    std::snprintf(code, sizeof code, "%02d%02u%02u", static_cast<int>(date.year()) % 100,
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return code;
}

}  // namespace motcua

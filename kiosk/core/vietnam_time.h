#pragma once
// The kiosk's local calendar: Asia/Ho_Chi_Minh is UTC+7 and keeps no daylight
// saving, so a fixed offset is exact. Numbering (references, receipts, queue
// tickets) restarts at local midnight.
#include <chrono>
#include <string>

namespace motcua {

inline constexpr std::chrono::hours kVietnamUtcOffset{7};

// "YYMMDD" of the local day of `at`.
std::string vietnamDayCode(std::chrono::system_clock::time_point at);

// "YYYY-MM-DD" of the local day of `at` (dated fees, reductions, return dates).
std::string vietnamIsoDate(std::chrono::system_clock::time_point at);

}  // namespace motcua

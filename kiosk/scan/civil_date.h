#pragma once
// A calendar date without time or zone, as the ID card prints it (ddmmyyyy).
// Kept apart from std::chrono so that parsing stays allocation-free and the
// fuzzer sees every branch.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace motcua {

struct CivilDate {
    int year = 0;
    int month = 0;
    int day = 0;
    auto operator<=>(const CivilDate &) const = default;
};

// Exactly eight ASCII digits ddmmyyyy naming a real Gregorian day, else nothing.
std::optional<CivilDate> parseDdMmYyyy(std::string_view text);

// "dd/mm/yyyy", the way Vietnamese forms show a date.
std::string formatDdMmYyyy(const CivilDate &date);

// ISO 8601 "yyyy-mm-dd" for machines (JSON).
std::string formatIso(const CivilDate &date);

// Today in the kiosk's time zone (Asia/Ho_Chi_Minh is UTC+7 without DST), from
// a wall-clock time point; callers pass the injected clock's wallNow().
template <class TimePoint>
CivilDate civilDateInVietnam(TimePoint wallNow);

}  // namespace motcua

#include "kiosk/scan/civil_date_impl.h"

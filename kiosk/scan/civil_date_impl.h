#pragma once
// Template part of civil_date.h.
#include <chrono>

namespace motcua {

template <class TimePoint>
CivilDate civilDateInVietnam(TimePoint wallNow)
{
    using namespace std::chrono;
    const auto local = floor<days>(time_point_cast<seconds>(wallNow) + hours(7));
    const year_month_day ymd{local};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace motcua

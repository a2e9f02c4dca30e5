#include "kiosk/core/clock.h"

namespace motcua {

std::chrono::steady_clock::time_point SystemClock::now() const
{
    return std::chrono::steady_clock::now();
}

std::chrono::system_clock::time_point SystemClock::wallNow() const
{
    return std::chrono::system_clock::now();
}

ManualClock::ManualClock()
    : m_now(std::chrono::steady_clock::time_point{} + std::chrono::hours(1))
    , m_wall(std::chrono::sys_days{std::chrono::year{2026} / 1 / 5} + std::chrono::hours(1))  // 08:00 in Hanoi
{
}

void ManualClock::advance(std::chrono::milliseconds by)
{
    m_now += by;
    m_wall += by;
}

}  // namespace motcua

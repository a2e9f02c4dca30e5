#include "kiosk/session/idle_policy.h"

namespace motcua {

IdleStatus idleStatus(const IdlePolicy &policy, std::chrono::steady_clock::duration sinceLastTouch)
{
    using namespace std::chrono;
    if (sinceLastTouch < policy.timeout) {
        return {IdlePhase::Active, 0};
    }
    const auto deadline = policy.timeout + policy.countdown;
    if (sinceLastTouch >= deadline) {
        return {IdlePhase::Expired, 0};
    }
    const auto left = duration_cast<milliseconds>(deadline - sinceLastTouch);
    return {IdlePhase::Warning, static_cast<int>((left.count() + 999) / 1000)};
}

}  // namespace motcua

#include "kiosk/guide/lockout_policy.h"

#include <algorithm>

namespace motcua {

std::chrono::milliseconds LockoutPolicy::lockFor(int lockout) const
{
    auto delay = firstLock;
    for (int i = 1; i < lockout && delay < longestLock; ++i) {
        delay *= 2;
    }
    return std::min(delay, longestLock);
}

}  // namespace motcua

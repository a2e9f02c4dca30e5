#pragma once
// After `maxTries` wrong PINs in a row the account is locked; each lock-out
// since the last good login lasts twice as long as the one before
// (1, 2, 4, 8 … minutes, at most 1 hour by default).
#include <chrono>

namespace motcua {

struct LockoutPolicy {
    int maxTries = 5;
    std::chrono::milliseconds firstLock = std::chrono::minutes(1);
    std::chrono::milliseconds longestLock = std::chrono::hours(1);

    // How long the `lockout`-th lock-out (1-based) lasts.
    std::chrono::milliseconds lockFor(int lockout) const;
};

}  // namespace motcua

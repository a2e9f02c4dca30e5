#pragma once
// When a kiosk left alone warns, and when it wipes.
#include <chrono>

namespace motcua {

struct IdlePolicy {
    std::chrono::seconds timeout{90};  // silence before the "need more time?" countdown
    std::chrono::seconds countdown{20};  // length of the countdown before the wipe
};

enum class IdlePhase { Active, Warning, Expired };

struct IdleStatus {
    IdlePhase phase = IdlePhase::Active;
    int secondsLeft = 0;  // during Warning: whole seconds until the wipe, rounded up
};

IdleStatus idleStatus(const IdlePolicy &policy, std::chrono::steady_clock::duration sinceLastTouch);

}  // namespace motcua

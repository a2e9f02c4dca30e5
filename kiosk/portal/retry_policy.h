#pragma once
// When to try again: exponential backoff with jitter, never sooner than the
// portal's Retry-After. Randomness is injected so tests are deterministic.
#include <chrono>
#include <functional>
#include <optional>

#include "kiosk/core/result.h"

namespace motcua {

struct RetryPolicy {
    std::chrono::milliseconds base{500};
    std::chrono::milliseconds cap{5 * 60 * 1000};
    double jitter = 0.5;  // delay is drawn from [(1 - jitter) · d, d]

    // Delay before attempt `attempt` (1 = the first retry). `unit` is a random
    // number in [0, 1).
    std::chrono::milliseconds delayBefore(int attempt, double unit,
                                          std::optional<std::chrono::seconds> retryAfter = std::nullopt) const;
};

// Whether an error from the portal is worth another try (network, timeouts,
// overload, server faults) or final (the request itself was refused).
bool isRetryable(const Error &error);

}  // namespace motcua

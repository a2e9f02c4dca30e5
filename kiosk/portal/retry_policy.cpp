#include "kiosk/portal/retry_policy.h"

#include <algorithm>
#include <cmath>

namespace motcua {

std::chrono::milliseconds RetryPolicy::delayBefore(int attempt, double unit,
                                                   std::optional<std::chrono::seconds> retryAfter) const
{
    const double exponent = std::min(attempt - 1, 30);
    const double full = std::min(static_cast<double>(cap.count()), static_cast<double>(base.count()) * std::pow(2.0, exponent));
    const double jittered = full * (1.0 - jitter * std::clamp(unit, 0.0, 1.0));
    auto delay = std::chrono::milliseconds(static_cast<int64_t>(jittered));
    if (retryAfter) {
        delay = std::max<std::chrono::milliseconds>(delay, *retryAfter);
    }
    return delay;
}

bool isRetryable(const Error &error)
{
    return error.code == "portal.unreachable" || error.code == "portal.timeout" || error.code == "portal.server" ||
           error.code == "portal.rate_limited" || error.code == "portal.dropped" ||
           error.code == "portal.bad_response";
}

}  // namespace motcua

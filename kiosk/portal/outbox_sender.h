#pragma once
// Delivers what waits in the outbox, exactly once: each application carries
// its idempotency key, so a resend after a crash or a lost answer returns the
// same receipt instead of creating a second application.
#include <functional>

#include "kiosk/core/clock.h"
#include "kiosk/portal/portal_client.h"
#include "kiosk/portal/retry_policy.h"
#include "kiosk/store/outbox_store.h"

namespace motcua {

struct DrainReport {
    int accepted = 0;
    int retrying = 0;
    int failed = 0;  // refused by the portal: a guide must look at it
    int storeErrors = 0;
};

class OutboxSender {
public:
    OutboxSender(OutboxStore &store, PortalClient &portal, const Clock &clock, RetryPolicy policy,
                 std::function<double()> random);

    // Sends every entry that is due now (up to `limit`).
    DrainReport drainOnce(int limit = 16);

private:
    void sendOne(const OutboxEntry &entry, DrainReport &report);

    OutboxStore &m_store;
    PortalClient &m_portal;
    const Clock &m_clock;
    RetryPolicy m_policy;
    std::function<double()> m_random;
};

int64_t wallMs(const Clock &clock);

// Uniform numbers in [0, 1) from a generator seeded by the system, for backoff
// jitter: kiosks that lost the portal together must not retry together.
std::function<double()> systemJitterSource();

}  // namespace motcua

#include "kiosk/portal/outbox_sender.h"

#include <memory>
#include <optional>
#include <random>

#include "kiosk/core/log_categories.h"
#include "kiosk/portal/portal_json.h"
#include "kiosk/privacy/secure_wipe.h"

namespace motcua {

int64_t wallMs(const Clock &clock)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(clock.wallNow().time_since_epoch()).count();
}

std::function<double()> systemJitterSource()
{
    auto generator = std::make_shared<std::mt19937>(std::random_device{}());
    return [generator] { return std::uniform_real_distribution<double>(0, 1)(*generator); };
}

OutboxSender::OutboxSender(OutboxStore &store, PortalClient &portal, const Clock &clock, RetryPolicy policy,
                           std::function<double()> random)
    : m_store(store)
    , m_portal(portal)
    , m_clock(clock)
    , m_policy(policy)
    , m_random(std::move(random))
{
}

DrainReport OutboxSender::drainOnce(int limit)
{
    DrainReport report;
    auto entries = m_store.due(wallMs(m_clock), limit);
    if (!entries) {
        qCWarning(lcOutbox) << "cannot read the outbox:" << entries.error().code.c_str();
        ++report.storeErrors;
        return report;
    }
    for (const auto &entry : *entries) {
        sendOne(entry, report);
    }
    return report;
}

void OutboxSender::sendOne(const OutboxEntry &entry, DrainReport &report)
{
    auto payload = m_store.payload(entry.localRef);
    std::string plain = payload ? std::move(*payload) : std::string();
    ApplicationSubmission submission;
    // The citizen's data in clear lives in these until this attempt ends; then every byte reads zero.
    const WipeOnExit wipe{&plain, &submission.formJson, &submission.idScanJson, &submission.photoJpeg};
    std::optional<Error> unreadable;
    if (!payload) {
        unreadable = payload.error();
    } else if (auto parsed = submissionFromJson(plain)) {
        submission = std::move(*parsed);
    } else {
        unreadable = parsed.error();
    }
    if (unreadable) {
        qCWarning(lcOutbox) << entry.localRef.c_str() << "unreadable payload:" << unreadable->code.c_str();
        (void)m_store.markFailed(entry.localRef, "outbox.payload");
        ++report.failed;
        return;
    }
    submission.idempotencyKey = entry.idempotencyKey;
    auto receipt = m_portal.submit(submission);
    if (receipt) {
        const OutboxAcceptance acceptance{receipt->receiptNumber, receipt->feeVnd, receipt->expectedReturnDate};
        if (auto saved = m_store.markAccepted(entry.localRef, acceptance, wallMs(m_clock)); !saved) {
            // The portal has it; the next attempt gets the same receipt back through the idempotency key.
            qCWarning(lcOutbox) << entry.localRef.c_str() << "accepted but not recorded:" << saved.error().code.c_str();
            ++report.storeErrors;
            return;
        }
        qCInfo(lcOutbox) << entry.localRef.c_str() << "accepted as" << receipt->receiptNumber.c_str();
        ++report.accepted;
        return;
    }
    const auto &error = receipt.error();
    if (isRetryable(error.error)) {
        const auto delay = m_policy.delayBefore(entry.attempts + 1, m_random ? m_random() : 0.5, error.retryAfter);
        (void)m_store.markRetry(entry.localRef, error.error.code, wallMs(m_clock) + delay.count());
        qCInfo(lcOutbox) << entry.localRef.c_str() << error.error.code.c_str() << "retry in" << delay.count() << "ms";
        ++report.retrying;
        return;
    }
    (void)m_store.markFailed(entry.localRef, error.error.code);
    qCWarning(lcOutbox) << entry.localRef.c_str() << "refused by the portal:" << error.error.code.c_str();
    ++report.failed;
}

}  // namespace motcua

#include "kiosk/portal/fake_portal_client.h"

namespace motcua {

void FakePortalClient::failNext(const std::string &code, int times)
{
    std::lock_guard lock(m_mutex);
    for (int i = 0; i < times; ++i) {
        m_failures.push_back(code);
    }
}

std::optional<PortalError> FakePortalClient::injectedFailure()
{
    ++m_calls;
    if (m_down) {
        return PortalError{{"portal.unreachable", "fake portal is down"}, std::nullopt};
    }
    if (m_failures.empty()) {
        return std::nullopt;
    }
    auto code = m_failures.front();
    m_failures.pop_front();
    return PortalError{{code, "injected by the fake portal"},
                       code == "portal.rate_limited" ? std::optional(std::chrono::seconds(2)) : std::nullopt};
}

PortalResult<SubmissionReceipt> FakePortalClient::submit(const ApplicationSubmission &submission)
{
    std::lock_guard lock(m_mutex);
    if (auto failure = injectedFailure()) {
        return unexpected(*failure);
    }
    auto found = m_byKey.find(submission.idempotencyKey);
    if (found == m_byKey.end()) {
        SubmissionReceipt receipt{"HN-FAKE-" + std::to_string(100000 + m_byKey.size()), 200000, "2026-12-04",
                                  "received", PaymentDetails{"970415", "113000000000", 200000, "HNFAKE"}};
        found = m_byKey.emplace(submission.idempotencyKey, receipt).first;
    }
    if (m_dropAfterCommit > 0) {
        --m_dropAfterCommit;
        return unexpected(PortalError{{"portal.dropped", "answer lost after the fake portal stored it"}, std::nullopt});
    }
    return found->second;
}

PortalResult<ApplicationStatus> FakePortalClient::lookupStatus(const std::string &receiptNumber)
{
    std::lock_guard lock(m_mutex);
    if (auto failure = injectedFailure()) {
        return unexpected(*failure);
    }
    for (const auto &[key, receipt] : m_byKey) {
        if (receipt.receiptNumber == receiptNumber) {
            return ApplicationStatus{receiptNumber, ApplicationState::Processing, {}, "2026-11-23T08:00:00Z",
                                     receipt.expectedReturnDate};
        }
    }
    return unexpected(PortalError{{"portal.not_found", "unknown receipt"}, std::nullopt});
}

PortalResult<Catalogue> FakePortalClient::fetchCatalogue()
{
    std::lock_guard lock(m_mutex);
    if (auto failure = injectedFailure()) {
        return unexpected(*failure);
    }
    return Catalogue{"2026-11-01", {{"passport.ordinary", "Cấp hộ chiếu phổ thông", "Ordinary passport", 200000, 8, true}}};
}

PortalResult<std::string> FakePortalClient::health()
{
    std::lock_guard lock(m_mutex);
    if (auto failure = injectedFailure()) {
        return unexpected(*failure);
    }
    return std::string("fake");
}

PortalResult<PaymentState> FakePortalClient::paymentStatus(const std::string &receiptNumber)
{
    std::lock_guard lock(m_mutex);
    if (auto failure = injectedFailure()) {
        return unexpected(*failure);
    }
    for (const auto &[key, receipt] : m_byKey) {
        if (receipt.receiptNumber == receiptNumber && receipt.payment) {
            return PaymentState{receiptNumber, *receipt.payment, m_paid[receiptNumber], true};
        }
    }
    return unexpected(PortalError{{"portal.not_found", "unknown receipt"}, std::nullopt});
}

PortalResult<PaymentState> FakePortalClient::confirmSimulatedPayment(const std::string &receiptNumber)
{
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[key, receipt] : m_byKey) {
            if (receipt.receiptNumber == receiptNumber) {
                m_paid[receiptNumber] = true;
            }
        }
    }
    return paymentStatus(receiptNumber);
}

}  // namespace motcua

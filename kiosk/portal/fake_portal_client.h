#pragma once
// A portal in memory, with failures on request: for UI tests and demos
// without a network. It keeps idempotency like the real contract.
#include <deque>
#include <map>
#include <mutex>

#include "kiosk/portal/portal_client.h"

namespace motcua {

class FakePortalClient final : public PortalClient {
public:
    // The next calls fail with these codes, in order (e.g. "portal.unreachable").
    void failNext(const std::string &code, int times = 1);
    // Every call fails until cleared (a portal that is down).
    void setDown(bool down) { m_down = down; }
    // Submissions whose answer is "lost" after the portal stored them.
    void dropAfterCommitNext(int times = 1) { m_dropAfterCommit += times; }

    PortalResult<SubmissionReceipt> submit(const ApplicationSubmission &submission) override;
    PortalResult<ApplicationStatus> lookupStatus(const std::string &receiptNumber) override;
    PortalResult<Catalogue> fetchCatalogue() override;
    PortalResult<std::string> health() override;
    PortalResult<PaymentState> paymentStatus(const std::string &receiptNumber) override;
    PortalResult<PaymentState> confirmSimulatedPayment(const std::string &receiptNumber) override;

    int applicationsCreated() const { return static_cast<int>(m_byKey.size()); }
    int calls() const { return m_calls; }

private:
    std::optional<PortalError> injectedFailure();

    std::mutex m_mutex;
    std::deque<std::string> m_failures;
    bool m_down = false;
    int m_dropAfterCommit = 0;
    int m_calls = 0;
    std::map<std::string, SubmissionReceipt> m_byKey;
    std::map<std::string, bool> m_paid;  // by receipt number
};

}  // namespace motcua

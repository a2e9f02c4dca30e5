#pragma once
// The one interface the kiosk talks to the portal through. Backends: HTTPS
// (libcurl) against the contract in docs/portal-api.yaml, and a fake with
// failure injection. A gateway to a real portal would be a third backend.
// Calls block: run them off the UI thread.
#include <chrono>
#include <optional>
#include <string>

#include "kiosk/core/result.h"
#include "kiosk/portal/portal_types.h"

namespace motcua {

// Error codes a caller may see:
//   portal.unreachable  no connection (DNS, refused, reset before a response)
//   portal.tls          certificate chain, host name, expiry or pin refused
//   portal.timeout      connect or total timeout
//   portal.dropped      connection lost while the answer was on its way
//   portal.rate_limited 429; retryAfter says when
//   portal.server       5xx
//   portal.not_found    unknown receipt number
//   portal.rejected     the portal refused the request (4xx)
//   portal.bad_response an answer that does not follow the contract
struct PortalError {
    Error error;
    std::optional<std::chrono::seconds> retryAfter;
};

template <class T>
using PortalResult = Expected<T, PortalError>;

class PortalClient {
public:
    virtual ~PortalClient() = default;
    virtual PortalResult<SubmissionReceipt> submit(const ApplicationSubmission &submission) = 0;
    virtual PortalResult<ApplicationStatus> lookupStatus(const std::string &receiptNumber) = 0;
    virtual PortalResult<Catalogue> fetchCatalogue() = 0;
    virtual PortalResult<std::string> health() = 0;
    // GET /v1/applications/{n}/payment: the payment details and whether paid.
    virtual PortalResult<PaymentState> paymentStatus(const std::string &receiptNumber) = 0;
    // POST /v1/applications/{n}/payment, served by the simulator only (the
    // bank's confirmation in tests and demos). Call it only when
    // paymentStatus() said `simulated`.
    virtual PortalResult<PaymentState> confirmSimulatedPayment(const std::string &receiptNumber) = 0;
};

}  // namespace motcua

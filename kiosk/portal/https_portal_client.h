#pragma once
// The portal over HTTPS with libcurl. Certificate verification is always on,
// against the configured CA bundle; optionally a pinned public key (SPKI
// SHA-256) and a client certificate per kiosk (mutual TLS). There is no
// switch that turns verification off.
#include <memory>
#include <mutex>

#include "kiosk/core/config.h"
#include "kiosk/portal/portal_client.h"

namespace motcua {

class HttpsPortalClient final : public PortalClient {
public:
    explicit HttpsPortalClient(PortalConfig config);
    ~HttpsPortalClient() override;

    PortalResult<SubmissionReceipt> submit(const ApplicationSubmission &submission) override;
    PortalResult<ApplicationStatus> lookupStatus(const std::string &receiptNumber) override;
    PortalResult<Catalogue> fetchCatalogue() override;
    PortalResult<std::string> health() override;
    PortalResult<PaymentState> paymentStatus(const std::string &receiptNumber) override;
    PortalResult<PaymentState> confirmSimulatedPayment(const std::string &receiptNumber) override;

    struct Response {
        long status = 0;
        std::string body;
        std::optional<std::chrono::seconds> retryAfter;
    };

private:
    PortalResult<Response> request(const std::string &method, const std::string &path, const std::string &body,
                                   const std::string &idempotencyKey = {});

    PortalConfig m_config;
    std::mutex m_mutex;  // one easy handle, reused for keep-alive
    struct Handle;
    std::unique_ptr<Handle> m_handle;
};

// Turns a non-2xx answer into the matching error.
PortalError errorForStatus(const HttpsPortalClient::Response &response);

}  // namespace motcua

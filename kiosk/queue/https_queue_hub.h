#pragma once
// The site's motcua-hub seen from a kiosk, counter or display: HTTPS with the
// hub's CA (and this device's certificate when mutual TLS is on), keep-alive,
// short timeouts so a kiosk falls back on its leases quickly. Every call
// reconnects by itself when the previous connection died.
#include <memory>
#include <mutex>
#include <string>

#include "kiosk/queue/queue_hub.h"

namespace httplib {
class SSLClient;
}

namespace motcua::queue {

struct HubEndpoint {
    std::string url = "https://127.0.0.1:8450";
    std::string caFile;
    std::string clientCert;
    std::string clientKey;
    int connectTimeoutMs = 1000;
    int readTimeoutMs = 3000;
};

class HttpsQueueHub final : public QueueHub {
public:
    static Result<std::unique_ptr<HttpsQueueHub>> create(const HubEndpoint &endpoint);
    ~HttpsQueueHub() override;

    Result<IssuedTicket> issue(const std::string &kiosk, const std::string &service, Priority priority,
                               const std::string &requestId) override;
    Result<Lease> lease(const std::string &kiosk, const std::string &service, int count) override;
    Result<SyncOutcome> sync(const std::string &kiosk, const std::vector<Ticket> &tickets) override;
    Result<CounterView> act(int counter, CounterAction action) override;
    Result<CounterView> transfer(int counter, const std::string &toService, int toCounter) override;
    Result<CounterView> pause(int counter, bool paused) override;
    Result<QueueSnapshot> snapshot() override;
    Result<std::vector<QueueEvent>> eventsAfter(int64_t seq, std::chrono::milliseconds wait) override;
    Result<std::vector<ServiceHourStats>> stats(const std::string &day) override;
    Result<HelpRequest> requestHelp(const std::string &kiosk) override;
    Result<HelpRequest> settleHelp(int64_t id, HelpState outcome, const std::string &by) override;
    Result<std::vector<HelpRequest>> pendingHelp() override;

private:
    HttpsQueueHub(const HubEndpoint &endpoint, std::string host, int port);
    std::unique_ptr<httplib::SSLClient> makeClient(int readTimeoutMs) const;
    template <class T, class Read>
    Result<T> call(const std::string &method, const std::string &path, const std::string &body, Read read);

    HubEndpoint m_endpoint;
    std::string m_host;
    int m_port;
    std::mutex m_mutex;  // one request at a time on the keep-alive connection
    std::unique_ptr<httplib::SSLClient> m_client;
    std::mutex m_pollMutex;
    std::unique_ptr<httplib::SSLClient> m_pollClient;  // long polls have their own connection
};

}  // namespace motcua::queue

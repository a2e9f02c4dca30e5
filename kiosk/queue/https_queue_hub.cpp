#include "kiosk/queue/https_queue_hub.h"

#include <httplib.h>

#include <csignal>

#include "kiosk/queue/queue_json.h"

namespace motcua::queue {
namespace {

using nlohmann::json;

std::string actionPath(CounterAction action)
{
    switch (action) {
    case CounterAction::Next: return "next";
    case CounterAction::Recall: return "recall";
    case CounterAction::Served: return "served";
    case CounterAction::NoShow: return "no-show";
    }
    return "next";
}

}  // namespace

Result<std::unique_ptr<HttpsQueueHub>> HttpsQueueHub::create(const HubEndpoint &endpoint)
{
    // OpenSSL writes to a socket the hub closed (a restart) would otherwise kill this process with SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    const std::string scheme = "https://";
    if (endpoint.url.rfind(scheme, 0) != 0) {
        return fail("hub.bad_url", "the hub's address must start with https://: " + endpoint.url);
    }
    std::string rest = endpoint.url.substr(scheme.size());
    if (const auto slash = rest.find('/'); slash != std::string::npos) {
        rest.resize(slash);
    }
    int port = 443;
    std::string host = rest;
    if (const auto colon = rest.rfind(':'); colon != std::string::npos && rest.find(']') == std::string::npos) {
        host = rest.substr(0, colon);
        try {
            port = std::stoi(rest.substr(colon + 1));
        } catch (...) {
            return fail("hub.bad_url", "bad port in " + endpoint.url);
        }
    }
    if (host.empty()) {
        return fail("hub.bad_url", "no host in " + endpoint.url);
    }
    return std::unique_ptr<HttpsQueueHub>(new HttpsQueueHub(endpoint, host, port));
}

HttpsQueueHub::HttpsQueueHub(const HubEndpoint &endpoint, std::string host, int port)
    : m_endpoint(endpoint), m_host(std::move(host)), m_port(port)
{
    m_client = makeClient(endpoint.readTimeoutMs);
    m_pollClient = makeClient(60000);
}

HttpsQueueHub::~HttpsQueueHub() = default;

std::unique_ptr<httplib::SSLClient> HttpsQueueHub::makeClient(int readTimeoutMs) const
{
    auto client = m_endpoint.clientCert.empty()
                      ? std::make_unique<httplib::SSLClient>(m_host, m_port)
                      : std::make_unique<httplib::SSLClient>(m_host, m_port, m_endpoint.clientCert,
                                                             m_endpoint.clientKey);
    if (!m_endpoint.caFile.empty()) {
        client->set_ca_cert_path(m_endpoint.caFile.c_str());
    }
    client->enable_server_certificate_verification(true);
    client->set_keep_alive(true);
    client->set_tcp_nodelay(true);
    client->set_connection_timeout(m_endpoint.connectTimeoutMs / 1000, (m_endpoint.connectTimeoutMs % 1000) * 1000);
    client->set_read_timeout(readTimeoutMs / 1000, (readTimeoutMs % 1000) * 1000);
    client->set_write_timeout(m_endpoint.readTimeoutMs / 1000, (m_endpoint.readTimeoutMs % 1000) * 1000);
    return client;
}

template <class T, class Read>
Result<T> HttpsQueueHub::call(const std::string &method, const std::string &path, const std::string &body, Read read)
{
    const bool poll = path.rfind("/v1/events", 0) == 0;
    std::lock_guard lock(poll ? m_pollMutex : m_mutex);
    auto &client = poll ? m_pollClient : m_client;
    auto response = method == "GET" ? client->Get(path) : client->Post(path, body, "application/json");
    if (!response) {
        // A dead keep-alive connection is replaced on the next call.
        client = makeClient(poll ? 60000 : m_endpoint.readTimeoutMs);
        return fail("hub.unreachable", "motcua-hub at " + m_endpoint.url + ": " + httplib::to_string(response.error()));
    }
    try {
        const auto parsed = json::parse(response->body);
        if (response->status >= 500) {
            return fail("hub.unavailable", parsed.at("error").value("message", std::string("server error")));
        }
        if (response->status >= 400) {
            const auto &error = parsed.at("error");
            return fail(error.at("code").get<std::string>(), error.value("message", std::string()));
        }
        return read(parsed);
    } catch (const json::exception &error) {
        return fail("hub.bad_response", std::string("unreadable answer from motcua-hub: ") + error.what());
    }
}

Result<IssuedTicket> HttpsQueueHub::issue(const std::string &kiosk, const std::string &service, Priority priority,
                                          const std::string &requestId)
{
    const json body = {{"kiosk", kiosk}, {"service", service}, {"priority", priorityName(priority)},
                       {"request_id", requestId}};
    return call<IssuedTicket>("POST", "/v1/tickets", body.dump(), [](const json &j) { return issuedFromJson(j); });
}

Result<Lease> HttpsQueueHub::lease(const std::string &kiosk, const std::string &service, int count)
{
    const json body = {{"kiosk", kiosk}, {"service", service}, {"count", count}};
    return call<Lease>("POST", "/v1/leases", body.dump(), [](const json &j) { return leaseFromJson(j); });
}

Result<SyncOutcome> HttpsQueueHub::sync(const std::string &kiosk, const std::vector<Ticket> &tickets)
{
    json list = json::array();
    for (const auto &t : tickets) {
        list.push_back(toJson(t));
    }
    const json body = {{"kiosk", kiosk}, {"tickets", list}};
    return call<SyncOutcome>("POST", "/v1/sync", body.dump(), [](const json &j) { return syncFromJson(j); });
}

Result<CounterView> HttpsQueueHub::act(int counter, CounterAction action)
{
    return call<CounterView>("POST", "/v1/counters/" + std::to_string(counter) + "/" + actionPath(action), "{}",
                             [](const json &j) { return counterFromJson(j); });
}

Result<CounterView> HttpsQueueHub::transfer(int counter, const std::string &toService, int toCounter)
{
    const json body = {{"service", toService}, {"counter", toCounter}};
    return call<CounterView>("POST", "/v1/counters/" + std::to_string(counter) + "/transfer", body.dump(),
                             [](const json &j) { return counterFromJson(j); });
}

Result<CounterView> HttpsQueueHub::pause(int counter, bool paused)
{
    const json body = {{"paused", paused}};
    return call<CounterView>("POST", "/v1/counters/" + std::to_string(counter) + "/pause", body.dump(),
                             [](const json &j) { return counterFromJson(j); });
}

Result<QueueSnapshot> HttpsQueueHub::snapshot()
{
    return call<QueueSnapshot>("GET", "/v1/snapshot", {}, [](const json &j) { return snapshotFromJson(j); });
}

Result<std::vector<QueueEvent>> HttpsQueueHub::eventsAfter(int64_t seq, std::chrono::milliseconds wait)
{
    return call<std::vector<QueueEvent>>(
        "GET", "/v1/events?after=" + std::to_string(seq) + "&wait_ms=" + std::to_string(wait.count()), {},
        [](const json &j) {
            std::vector<QueueEvent> events;
            for (const auto &e : j.at("events")) {
                events.push_back(eventFromJson(e));
            }
            return events;
        });
}

Result<std::vector<ServiceHourStats>> HttpsQueueHub::stats(const std::string &day)
{
    return call<std::vector<ServiceHourStats>>("GET", "/v1/stats?day=" + day, {}, [](const json &j) {
        std::vector<ServiceHourStats> rows;
        for (const auto &r : j.at("rows")) {
            rows.push_back(statsFromJson(r));
        }
        return rows;
    });
}

Result<HelpRequest> HttpsQueueHub::requestHelp(const std::string &kiosk)
{
    const json body = {{"kiosk", kiosk}};
    return call<HelpRequest>("POST", "/v1/help", body.dump(), [](const json &j) { return helpFromJson(j); });
}

Result<HelpRequest> HttpsQueueHub::settleHelp(int64_t id, HelpState outcome, const std::string &by)
{
    const json body = {{"by", by}};
    const std::string verb = outcome == HelpState::Acknowledged ? "acknowledge" : "cancel";
    return call<HelpRequest>("POST", "/v1/help/" + std::to_string(id) + "/" + verb, body.dump(),
                             [](const json &j) { return helpFromJson(j); });
}

Result<std::vector<HelpRequest>> HttpsQueueHub::pendingHelp()
{
    return call<std::vector<HelpRequest>>("GET", "/v1/help", {}, [](const json &j) {
        std::vector<HelpRequest> list;
        for (const auto &h : j.at("pending")) {
            list.push_back(helpFromJson(h));
        }
        return list;
    });
}

}  // namespace motcua::queue

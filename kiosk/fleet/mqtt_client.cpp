#include "kiosk/fleet/mqtt_client.h"

#include <mosquitto.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>

#include "kiosk/fleet/fleet_log.h"

namespace motcua {
namespace {

void initialiseLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

constexpr int kKeepAliveSeconds = 30;

}  // namespace

struct MqttClient::State {
    mutable std::mutex mutex;
    mutable std::condition_variable changed;
    bool connected = false;
    std::set<int> unacknowledged;  // message ids published, not yet acknowledged
    std::set<int> acknowledgedEarly;  // acknowledged before publish() recorded them
};

MqttClient::MqttClient(std::string clientId, MqttEndpoint endpoint)
    : m_clientId(std::move(clientId))
    , m_endpoint(std::move(endpoint))
    , m_state(std::make_unique<State>())
{
}

MqttClient::~MqttClient()
{
    stop();
    if (m_mosq != nullptr) {
        mosquitto_destroy(m_mosq);
    }
}

Status MqttClient::start()
{
    initialiseLibrary();
    const bool randomId = m_clientId.empty();
    m_mosq = mosquitto_new(randomId ? nullptr : m_clientId.c_str(), true, this);
    if (m_mosq == nullptr) {
        return fail("fleet.mqtt_init", "cannot create an MQTT client");
    }
    mosquitto_connect_callback_set(m_mosq, &MqttClient::handleConnect);
    mosquitto_disconnect_callback_set(m_mosq, &MqttClient::handleDisconnect);
    mosquitto_message_callback_set(m_mosq, &MqttClient::handleMessage);
    mosquitto_publish_callback_set(m_mosq, &MqttClient::handlePublish);
    mosquitto_reconnect_delay_set(m_mosq, 1, 60, true);
    if (!m_will.topic.empty()) {
        mosquitto_will_set(m_mosq, m_will.topic.c_str(), static_cast<int>(m_will.payload.size()),
                           m_will.payload.data(), 1, true);
    }
    if (m_endpoint.tls) {
        const char *caFile = m_endpoint.caFile.empty() ? nullptr : m_endpoint.caFile.c_str();
        const char *caPath = caFile == nullptr ? "/etc/ssl/certs" : nullptr;
        const int rc = mosquitto_tls_set(m_mosq, caFile, caPath,
                                         m_endpoint.clientCert.empty() ? nullptr : m_endpoint.clientCert.c_str(),
                                         m_endpoint.clientKey.empty() ? nullptr : m_endpoint.clientKey.c_str(),
                                         nullptr);
        if (rc != MOSQ_ERR_SUCCESS) {
            return fail("fleet.mqtt_tls", std::string("TLS set-up refused: ") + mosquitto_strerror(rc));
        }
    }
    // A broker that is down now is retried by the network thread.
    const int rc = mosquitto_connect_async(m_mosq, m_endpoint.host.c_str(), m_endpoint.port, kKeepAliveSeconds);
    if (rc != MOSQ_ERR_SUCCESS) {
        qCWarning(lcFleet) << "broker not reachable yet:" << mosquitto_strerror(rc);
    }
    if (const int loop = mosquitto_loop_start(m_mosq); loop != MOSQ_ERR_SUCCESS) {
        return fail("fleet.mqtt_thread", std::string("cannot start the MQTT thread: ") + mosquitto_strerror(loop));
    }
    m_started = true;
    return {};
}

Status MqttClient::publish(const std::string &topic, const std::string &payload, bool retain)
{
    if (m_mosq == nullptr) {
        return fail("fleet.mqtt_not_started", "the MQTT client is not started");
    }
    int mid = 0;
    const int rc = mosquitto_publish(m_mosq, &mid, topic.c_str(), static_cast<int>(payload.size()), payload.data(),
                                     1, retain);
    if (rc != MOSQ_ERR_SUCCESS && rc != MOSQ_ERR_NO_CONN) {
        return fail("fleet.mqtt_publish", std::string("publish failed: ") + mosquitto_strerror(rc));
    }
    if (rc == MOSQ_ERR_NO_CONN) {
        return fail("fleet.mqtt_offline", "not connected to the broker");
    }
    std::lock_guard lock(m_state->mutex);
    if (m_state->acknowledgedEarly.erase(mid) == 0) {  // the network thread may have been quicker
        m_state->unacknowledged.insert(mid);
    }
    return {};
}

bool MqttClient::waitForDelivery(int timeoutMs)
{
    std::unique_lock lock(m_state->mutex);
    return m_state->changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                     [this] { return m_state->unacknowledged.empty(); });
}

bool MqttClient::connected() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->connected;
}

bool MqttClient::waitForConnection(int timeoutMs) const
{
    std::unique_lock lock(m_state->mutex);
    return m_state->changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_state->connected; });
}

void MqttClient::stop()
{
    if (!m_started) {
        return;
    }
    m_started = false;
    mosquitto_disconnect(m_mosq);
    mosquitto_loop_stop(m_mosq, false);
}

void MqttClient::handleConnect(struct mosquitto *mosq, void *self, int rc)
{
    auto *client = static_cast<MqttClient *>(self);
    if (rc != 0) {
        qCWarning(lcFleet) << "broker refused the connection:" << mosquitto_connack_string(rc);
        return;
    }
    for (const auto &filter : client->m_subscriptions) {
        mosquitto_subscribe(mosq, nullptr, filter.c_str(), 1);
    }
    {
        std::lock_guard lock(client->m_state->mutex);
        client->m_state->connected = true;
    }
    client->m_state->changed.notify_all();
    qCInfo(lcFleet) << "connected to the broker" << client->m_endpoint.host.c_str() << client->m_endpoint.port;
    if (client->m_onConnect) {
        client->m_onConnect();
    }
}

void MqttClient::handleDisconnect(struct mosquitto *, void *self, int rc)
{
    auto *client = static_cast<MqttClient *>(self);
    {
        std::lock_guard lock(client->m_state->mutex);
        client->m_state->connected = false;
    }
    if (rc != 0) {
        qCWarning(lcFleet) << "lost the broker; reconnecting:" << mosquitto_strerror(rc);
    }
}

void MqttClient::handleMessage(struct mosquitto *, void *self, const struct mosquitto_message *message)
{
    auto *client = static_cast<MqttClient *>(self);
    if (client->m_onMessage && message->topic != nullptr) {
        client->m_onMessage(message->topic,
                            std::string(static_cast<const char *>(message->payload),
                                        static_cast<size_t>(std::max(message->payloadlen, 0))));
    }
}

void MqttClient::handlePublish(struct mosquitto *, void *self, int mid)
{
    auto *client = static_cast<MqttClient *>(self);
    {
        std::lock_guard lock(client->m_state->mutex);
        if (client->m_state->unacknowledged.erase(mid) == 0) {
            client->m_state->acknowledgedEarly.insert(mid);
        }
    }
    client->m_state->changed.notify_all();
}

}  // namespace motcua

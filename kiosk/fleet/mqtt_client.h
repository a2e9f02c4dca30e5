#pragma once
// A connection to the site's MQTT broker through libmosquitto, on libmosquitto's
// own network thread (mosquitto_loop_start): it reconnects by itself with a
// growing delay and re-subscribes on every connect. publish() is safe from any
// thread; callbacks run on the network thread.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/core/result.h"

struct mosquitto;
struct mosquitto_message;

namespace motcua {

struct MqttEndpoint {
    std::string host = "127.0.0.1";
    int port = 1883;
    bool tls = false;
    std::string caFile;  // empty: the system's CA directory
    std::string clientCert;
    std::string clientKey;
};

struct MqttWill {
    std::string topic;
    std::string payload;
};

class MqttClient {
public:
    using MessageHandler = std::function<void(const std::string &topic, const std::string &payload)>;
    using ConnectHandler = std::function<void()>;

    // `clientId` empty: a random one, clean session.
    MqttClient(std::string clientId, MqttEndpoint endpoint);
    ~MqttClient();  // disconnects and joins the network thread
    MqttClient(const MqttClient &) = delete;
    MqttClient &operator=(const MqttClient &) = delete;

    // Set before start().
    void setWill(MqttWill will) { m_will = std::move(will); }
    void subscribe(std::string topicFilter) { m_subscriptions.push_back(std::move(topicFilter)); }
    void onMessage(MessageHandler handler) { m_onMessage = std::move(handler); }
    void onConnect(ConnectHandler handler) { m_onConnect = std::move(handler); }

    // Starts the network thread; an unreachable broker is retried there, not an error here.
    Status start();
    // QoS 1. Fails only when the message cannot even be queued.
    Status publish(const std::string &topic, const std::string &payload, bool retain);
    // Blocks until the broker has acknowledged everything published (or the timeout).
    bool waitForDelivery(int timeoutMs);
    bool connected() const;
    // Blocks until connected once (or the timeout).
    bool waitForConnection(int timeoutMs) const;
    void stop();  // disconnects cleanly: the will is not sent

private:
    struct State;
    static void handleConnect(struct mosquitto *, void *self, int rc);
    static void handleDisconnect(struct mosquitto *, void *self, int rc);
    static void handleMessage(struct mosquitto *, void *self, const ::mosquitto_message *message);
    static void handlePublish(struct mosquitto *, void *self, int mid);

    std::string m_clientId;
    MqttEndpoint m_endpoint;
    MqttWill m_will;
    std::vector<std::string> m_subscriptions;
    MessageHandler m_onMessage;
    ConnectHandler m_onConnect;
    std::unique_ptr<State> m_state;
    struct mosquitto *m_mosq = nullptr;
    bool m_started = false;
};

}  // namespace motcua

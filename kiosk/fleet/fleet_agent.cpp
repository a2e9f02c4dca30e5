#include "kiosk/fleet/fleet_agent.h"

#include "kiosk/fleet/fleet_log.h"
#include "kiosk/fleet/fleet_topics.h"

Q_LOGGING_CATEGORY(lcFleet, "motcua.fleet")

namespace motcua {

MqttEndpoint endpointOf(const FleetConfig &config)
{
    return {config.brokerHost, config.brokerPort, config.tls, config.caFile, config.clientCert, config.clientKey};
}

FleetAgent::FleetAgent(const Config &config, Database &db, Now now, QObject *parent)
    : QObject(parent)
    , m_config(config.fleet)
    , m_address{config.site.id, config.site.kioskId}
    , m_ledger(db)
    , m_now(std::move(now))
{
}

FleetAgent::~FleetAgent()
{
    if (m_client && m_client->connected()) {
        // A clean disconnect does not send the will: say it ourselves.
        (void)m_client->publish(statusTopic(m_config.topicPrefix, m_address), kStatusOffline, true);
        m_client->waitForDelivery(1000);
    }
}

Status FleetAgent::start()
{
    if (!m_config.commandKeys.empty()) {
        auto keys = readTrustedKeys(m_config.commandKeys);
        if (!keys) {
            qCWarning(lcFleet) << "remote commands disabled:" << keys.error().code.c_str();
        } else {
            m_trustedKeys = std::move(*keys);
        }
    }
    const auto status = statusTopic(m_config.topicPrefix, m_address);
    m_client = std::make_unique<MqttClient>("motcua-" + m_address.site + "-" + m_address.kiosk, endpointOf(m_config));
    m_client->setWill({status, kStatusOffline});
    m_client->subscribe(commandTopic(m_config.topicPrefix, m_address));
    m_client->onConnect([this, status] { (void)m_client->publish(status, kStatusOnline, true); });
    m_client->onMessage([this](const std::string &, const std::string &payload) {
        QMetaObject::invokeMethod(this, [this, payload] { (void)handleCommand(payload); }, Qt::QueuedConnection);
    });
    qCInfo(lcFleet) << "publishing health to" << m_config.brokerHost.c_str() << m_config.brokerPort << "as"
                    << healthTopic(m_config.topicPrefix, m_address).c_str();
    return m_client->start();
}

void FleetAgent::publishHealth(const std::string &json)
{
    if (!m_client) {
        return;
    }
    if (auto sent = m_client->publish(healthTopic(m_config.topicPrefix, m_address), json, true); !sent) {
        qCDebug(lcFleet) << "health not published:" << sent.error().code.c_str();
    }
}

Status FleetAgent::handleCommand(const std::string &envelope)
{
    const auto now = m_now();
    auto command = verifyFleetCommand(envelope, m_trustedKeys, m_address.site, m_address.kiosk, now,
                                      std::chrono::seconds(m_config.commandWindowSeconds));
    Status outcome;
    if (!command) {
        outcome = unexpected(command.error());
    } else if (!m_apply) {
        outcome = fail("fleet.not_supported", "this kiosk cannot apply remote commands");
    } else {
        const auto nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
        outcome = m_ledger.record(*command, nowMs);
        if (outcome) {
            outcome = m_apply(*command);
        }
    }
    if (outcome) {
        m_lastCommand = "applied";
        qCInfo(lcFleet) << "remote command applied:" << fleetActionName(command->action) << "key"
                        << command->keyId.c_str();
    } else {
        m_lastCommand = outcome.error().code;
        qCWarning(lcFleet) << "remote command refused:" << outcome.error().code.c_str();
    }
    emit commandHandled();
    return outcome;
}

}  // namespace motcua

#pragma once
// The kiosk's side of the fleet: publishes its health JSON (retained) to
// PREFIX/<site>/<kiosk>/health, keeps …/status "online" with an "offline" last
// will, and takes signed commands from …/command. The MQTT link runs on its own
// thread; commands are verified and applied on the thread that owns this object.
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

#include "kiosk/core/config.h"
#include "kiosk/fleet/fleet_command.h"
#include "kiosk/fleet/fleet_command_ledger.h"
#include "kiosk/fleet/fleet_topics.h"
#include "kiosk/fleet/mqtt_client.h"

namespace motcua {

class FleetAgent : public QObject {
    Q_OBJECT

public:
    using Apply = std::function<Status(const FleetCommand &)>;
    using Now = std::function<std::chrono::system_clock::time_point()>;

    FleetAgent(const Config &config, Database &db, Now now = [] { return std::chrono::system_clock::now(); },
               QObject *parent = nullptr);
    ~FleetAgent() override;

    // Loads the command keys (none configured: commands are refused) and connects.
    Status start();
    void setApply(Apply apply) { m_apply = std::move(apply); }
    void publishHealth(const std::string &json);
    // "applied", the refusal code of the last command, or empty: goes into the health message.
    const std::string &lastCommand() const { return m_lastCommand; }

    // Verifies and applies one received command (public for tests).
    Status handleCommand(const std::string &envelope);

signals:
    void commandHandled();

private:
    FleetConfig m_config;
    KioskAddress m_address;
    FleetCommandLedger m_ledger;
    Now m_now;
    Apply m_apply;
    std::vector<std::string> m_trustedKeys;
    std::unique_ptr<MqttClient> m_client;
    std::string m_lastCommand;
};

MqttEndpoint endpointOf(const FleetConfig &config);

}  // namespace motcua

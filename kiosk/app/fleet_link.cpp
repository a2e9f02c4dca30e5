#include "kiosk/app/fleet_link.h"

namespace motcua {

FleetLink::FleetLink(const Config &config, Database &db, DeviceHealth &health, OutOfService &outOfService,
                     QObject *parent)
    : QObject(parent)
    , m_health(health)
    , m_agent(config, db)
{
    m_agent.setApply([&outOfService](const FleetCommand &command) -> Status {
        const auto by = QStringLiteral("fleet:") + QString::fromStdString(command.keyId);
        if (command.action == FleetAction::OutOfService) {
            outOfService.enter(QString::fromStdString(command.message), by);
        } else {
            outOfService.leave(by);
        }
        if (!outOfService.problem().isEmpty()) {
            return fail(outOfService.problem().toStdString(), "the out-of-service state was not stored");
        }
        return {};
    });
    m_timer.setInterval(std::chrono::seconds(config.fleet.intervalSeconds));
    connect(&m_timer, &QTimer::timeout, &m_health, &DeviceHealth::refresh);
    connect(&m_health, &DeviceHealth::collected, this, [this] {
        if (m_health.latest()) {
            m_agent.publishHealth(kioskHealthJson(*m_health.latest()));
        }
    });
    // The fleet sees the effect of a command (or its refusal) at once, not a minute later.
    connect(&m_agent, &FleetAgent::commandHandled, &m_health, &DeviceHealth::refresh);
}

Status FleetLink::start()
{
    if (auto started = m_agent.start(); !started) {
        return started;
    }
    m_timer.start();
    m_health.refresh();
    return {};
}

}  // namespace motcua

#pragma once
// The running kiosk in its fleet ([fleet] enabled): a health snapshot every
// interval_seconds goes to the broker, and signed remote commands take the kiosk
// out of service or back through OutOfService (audited there, actor "fleet:<key id>").
#include <QObject>
#include <QTimer>

#include "kiosk/app/device_health.h"
#include "kiosk/app/out_of_service.h"
#include "kiosk/fleet/fleet_agent.h"

namespace motcua {

class FleetLink : public QObject {
    Q_OBJECT

public:
    FleetLink(const Config &config, Database &db, DeviceHealth &health, OutOfService &outOfService,
              QObject *parent = nullptr);

    // Connects (the broker may come later) and takes the first snapshot.
    Status start();
    FleetAgent &agent() { return m_agent; }

private:
    DeviceHealth &m_health;
    FleetAgent m_agent;
    QTimer m_timer;
};

}  // namespace motcua

#pragma once
// How a kiosk gives a number: from the hub when it answers, else from the
// block of numbers the hub leased it in advance, recorded locally and synced
// when the link returns. maintain() syncs and tops the leases up.
#include <map>
#include <random>
#include <string>
#include <vector>

#include "kiosk/core/clock.h"
#include "kiosk/queue/lease_store.h"
#include "kiosk/queue/queue_hub.h"

namespace motcua::queue {

class TicketIssuer {
public:
    TicketIssuer(QueueHub &hub, LeaseStore &leases, const Clock &clock, std::string kiosk,
                 std::vector<Service> services, int leaseBlock);

    Result<IssuedTicket> issue(const std::string &service, Priority priority);

    struct Maintenance {
        int synced = 0;
        int rejected = 0;
        int leasedNumbers = 0;
        bool hubReachable = true;
    };
    // Sends tickets issued from leases, asks for leases where fewer than half a block is left.
    Result<Maintenance> maintain();

    const std::vector<Service> &services() const { return m_services; }
    const std::string &kiosk() const { return m_kiosk; }

private:
    const Service *findService(const std::string &code) const;
    std::string newRequestId();

    QueueHub &m_hub;
    LeaseStore &m_leases;
    const Clock &m_clock;
    std::string m_kiosk;
    std::vector<Service> m_services;
    int m_leaseBlock;
    std::mt19937_64 m_random;
    std::map<std::string, ServiceView> m_lastKnown;  // for an estimate while the hub is unreachable
};

}  // namespace motcua::queue

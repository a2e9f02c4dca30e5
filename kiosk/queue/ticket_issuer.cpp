#include "kiosk/queue/ticket_issuer.h"

#include <cstdio>

#include "kiosk/core/vietnam_time.h"
#include "kiosk/queue/queue_log.h"
#include "kiosk/queue/queue_stats.h"

namespace motcua::queue {

TicketIssuer::TicketIssuer(QueueHub &hub, LeaseStore &leases, const Clock &clock, std::string kiosk,
                           std::vector<Service> services, int leaseBlock)
    : m_hub(hub)
    , m_leases(leases)
    , m_clock(clock)
    , m_kiosk(std::move(kiosk))
    , m_services(std::move(services))
    , m_leaseBlock(leaseBlock)
    , m_random(std::random_device{}())
{
}

const Service *TicketIssuer::findService(const std::string &code) const
{
    for (const auto &service : m_services) {
        if (service.code == code) {
            return &service;
        }
    }
    return nullptr;
}

std::string TicketIssuer::newRequestId()
{
    char text[40];
    std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(m_random()),
                  static_cast<unsigned long long>(m_random()));
    return m_kiosk + "-" + text;
}

Result<IssuedTicket> TicketIssuer::issue(const std::string &serviceCode, Priority priority)
{
    const Service *service = findService(serviceCode);
    if (service == nullptr) {
        return fail("queue.unknown_service", "no service '" + serviceCode + "' at this site");
    }
    auto online = m_hub.issue(m_kiosk, serviceCode, priority, newRequestId());
    if (online || !isTransportError(online.error())) {
        return online;
    }
    qCWarning(lcQueue) << "hub unreachable (" << online.error().code.c_str() << "), issuing from the lease";
    const auto now = m_clock.wallNow();
    auto ticket = m_leases.issue(vietnamDayCode(now), *service, priority, m_kiosk,
                                 std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count());
    if (!ticket) {
        return unexpected(ticket.error());
    }
    IssuedTicket issued;
    issued.ticket = *ticket;
    issued.fromLease = true;
    auto &known = m_lastKnown[serviceCode];
    issued.peopleAhead = known.waiting;
    issued.estimatedWaitMinutes =
        known.waiting > 0 ? known.estimatedWaitMinutes : 0;
    ++known.waiting;
    return issued;
}

Result<TicketIssuer::Maintenance> TicketIssuer::maintain()
{
    Maintenance done;
    auto pending = m_leases.unsynced();
    if (!pending) {
        return unexpected(pending.error());
    }
    if (!pending->empty()) {
        auto outcome = m_hub.sync(m_kiosk, *pending);
        if (!outcome) {
            if (isTransportError(outcome.error())) {
                done.hubReachable = false;
                return done;
            }
            return unexpected(outcome.error());
        }
        if (auto marked = m_leases.markSynced(*pending); !marked) {
            return unexpected(marked.error());
        }
        done.synced = outcome->accepted;
        done.rejected = outcome->rejected;
    }
    const auto day = vietnamDayCode(m_clock.wallNow());
    for (const auto &service : m_services) {
        auto left = m_leases.remaining(day, service.code);
        if (!left) {
            return unexpected(left.error());
        }
        if (*left * 2 >= m_leaseBlock) {
            continue;
        }
        auto lease = m_hub.lease(m_kiosk, service.code, m_leaseBlock - *left);
        if (!lease) {
            if (isTransportError(lease.error())) {
                done.hubReachable = false;
                return done;
            }
            qCWarning(lcQueue) << "lease refused:" << lease.error().code.c_str();
            continue;
        }
        if (auto added = m_leases.add(*lease); !added) {
            return unexpected(added.error());
        }
        done.leasedNumbers += lease->last - lease->first + 1;
    }
    auto snapshot = m_hub.snapshot();
    if (snapshot) {
        for (const auto &view : snapshot->services) {
            m_lastKnown[view.code] = view;
        }
    } else if (isTransportError(snapshot.error())) {
        done.hubReachable = false;
    }
    return done;
}

}  // namespace motcua::queue

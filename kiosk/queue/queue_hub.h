#pragma once
// The seam between a kiosk or counter and the site's queue. Two sides: the
// queue held in this process (EmbeddedQueueHub, over SQLite) and the site's
// motcua-hub over HTTPS (HttpsQueueHub). Transport failures carry codes
// starting "hub." so a kiosk knows to fall back on its leased numbers.
#include <chrono>
#include <string>
#include <vector>

#include "kiosk/core/result.h"
#include "kiosk/queue/help_request.h"
#include "kiosk/queue/queue_types.h"

namespace motcua::queue {

class QueueHub {
public:
    virtual ~QueueHub() = default;

    // `requestId` makes a retried request return the ticket of the first one instead of a second ticket.
    virtual Result<IssuedTicket> issue(const std::string &kiosk, const std::string &service, Priority priority,
                                       const std::string &requestId) = 0;
    virtual Result<Lease> lease(const std::string &kiosk, const std::string &service, int count) = 0;
    // Tickets a kiosk issued from its leases; sending them again is harmless.
    virtual Result<SyncOutcome> sync(const std::string &kiosk, const std::vector<Ticket> &tickets) = 0;

    virtual Result<CounterView> act(int counter, CounterAction action) = 0;
    // Sends the counter's current ticket to another service's queue and/or a given counter.
    virtual Result<CounterView> transfer(int counter, const std::string &toService, int toCounter) = 0;
    virtual Result<CounterView> pause(int counter, bool paused) = 0;

    virtual Result<QueueSnapshot> snapshot() = 0;
    // Events after `seq`; waits up to `wait` for the first one (long poll).
    virtual Result<std::vector<QueueEvent>> eventsAfter(int64_t seq, std::chrono::milliseconds wait) = 0;
    virtual Result<std::vector<ServiceHourStats>> stats(const std::string &day) = 0;

    // "Call a guide": a kiosk's request (the pending one again if it already asked), answered by a
    // guide or counter ("I'm coming" = Acknowledged) or withdrawn when the citizen's session ends.
    virtual Result<HelpRequest> requestHelp(const std::string &kiosk) = 0;
    virtual Result<HelpRequest> settleHelp(int64_t id, HelpState outcome, const std::string &by) = 0;
    virtual Result<std::vector<HelpRequest>> pendingHelp() = 0;
};

inline bool isTransportError(const Error &error)
{
    return error.code.rfind("hub.", 0) == 0;
}

}  // namespace motcua::queue

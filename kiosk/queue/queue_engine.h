#pragma once
// The site's queue and its rules, kept in SQLite: daily numbering from 1 at
// local midnight (leases are carved from the top, 999 down, so they never meet
// the numbers issued directly), priority first then first come, transfers
// keeping their place, counters, events and figures. Not thread-safe: one
// owner (EmbeddedQueueHub or the hub's writer) calls it.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/clock.h"
#include "kiosk/core/result.h"
#include "kiosk/queue/help_request.h"
#include "kiosk/queue/queue_types.h"
#include "kiosk/store/database.h"

namespace motcua::queue {

class QueueEngine {
public:
    QueueEngine(Database &db, const Clock &clock, std::vector<Service> services);

    Result<IssuedTicket> issue(const std::string &kiosk, const std::string &service, Priority priority,
                               const std::string &requestId);
    Result<Lease> lease(const std::string &kiosk, const std::string &service, int count);
    Result<SyncOutcome> sync(const std::string &kiosk, const std::vector<Ticket> &tickets);

    Result<CounterView> act(int counter, CounterAction action);
    Result<CounterView> transfer(int counter, const std::string &toService, int toCounter);
    Result<CounterView> pause(int counter, bool paused);

    Result<QueueSnapshot> snapshot(int recentCalls = 10);
    Result<std::vector<QueueEvent>> eventsAfter(int64_t seq, int limit = 200);
    Result<int64_t> lastSeq();
    Result<std::vector<ServiceHourStats>> stats(const std::string &day);

    // "Call a guide" (queue_engine_help.cpp): one pending request per kiosk, answered once.
    Result<HelpRequest> requestHelp(const std::string &kiosk);
    Result<HelpRequest> settleHelp(int64_t id, HelpState outcome, const std::string &by);
    Result<std::vector<HelpRequest>> pendingHelp();  // today's, oldest first

    const std::vector<Service> &services() const { return m_services; }
    std::string today() const;

private:
    const Service *findService(const std::string &code) const;
    std::vector<int> knownCounters() const;
    std::vector<std::string> servicesOf(int counter) const;
    bool isOpen(const Service &service) const;
    int64_t nowMs() const;

    Status ensureNumbering(const std::string &day, const std::string &service);
    // A service's day: tickets issued, the next number from the bottom, the top one not yet leased.
    struct Numbering {
        int issued = 0;
        int next = 0;
        int top = 0;
    };
    Result<Numbering> numberingOf(const std::string &day, const std::string &service);
    // The first ticket of "SELECT … FROM queue_tickets <clause>" (WHERE…, maybe INDEXED BY first).
    Result<std::optional<Ticket>> ticketWhere(const std::string &clause,
                                              const std::function<void(Statement &)> &bind);
    Result<std::optional<HelpRequest>> helpWhere(const std::string &where,
                                                 const std::function<void(Statement &)> &bind);
    Result<int> peopleAhead(const Ticket &ticket);
    Result<int> estimateWaitMinutes(const std::string &queue, int ahead);
    Status record(const std::string &kind, const std::string &service, const std::string &label, int counter);
    Result<CounterView> counterView(int counter);
    Status ensureCounter(int counter);
    Result<IssuedTicket> describe(Ticket ticket, bool fromLease);

    Database &m_db;
    const Clock &m_clock;
    std::vector<Service> m_services;
};

}  // namespace motcua::queue

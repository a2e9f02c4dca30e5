#pragma once
// The queue held in this process: a lone kiosk's default, and the engine
// behind motcua-hub. Serializes calls to the engine and wakes long polls.
#include <condition_variable>
#include <mutex>

#include "kiosk/queue/queue_engine.h"
#include "kiosk/queue/queue_hub.h"

namespace motcua::queue {

class EmbeddedQueueHub final : public QueueHub {
public:
    EmbeddedQueueHub(Database &db, const Clock &clock, std::vector<Service> services);

    Result<IssuedTicket> issue(const std::string &kiosk, const std::string &service, Priority priority,
                               const std::string &requestId) override;
    Result<Lease> lease(const std::string &kiosk, const std::string &service, int count) override;
    Result<SyncOutcome> sync(const std::string &kiosk, const std::vector<Ticket> &tickets) override;
    Result<CounterView> act(int counter, CounterAction action) override;
    Result<CounterView> transfer(int counter, const std::string &toService, int toCounter) override;
    Result<CounterView> pause(int counter, bool paused) override;
    Result<QueueSnapshot> snapshot() override;
    Result<std::vector<QueueEvent>> eventsAfter(int64_t seq, std::chrono::milliseconds wait) override;
    Result<std::vector<ServiceHourStats>> stats(const std::string &day) override;
    Result<HelpRequest> requestHelp(const std::string &kiosk) override;
    Result<HelpRequest> settleHelp(int64_t id, HelpState outcome, const std::string &by) override;
    Result<std::vector<HelpRequest>> pendingHelp() override;

    const std::vector<Service> &services() const { return m_engine.services(); }

private:
    template <class F>
    auto changing(F &&work);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    QueueEngine m_engine;
};

}  // namespace motcua::queue

#include "kiosk/queue/embedded_queue_hub.h"

namespace motcua::queue {

EmbeddedQueueHub::EmbeddedQueueHub(Database &db, const Clock &clock, std::vector<Service> services)
    : m_engine(db, clock, std::move(services))
{
}

template <class F>
auto EmbeddedQueueHub::changing(F &&work)
{
    std::lock_guard lock(m_mutex);
    auto result = work();
    m_changed.notify_all();
    return result;
}

Result<IssuedTicket> EmbeddedQueueHub::issue(const std::string &kiosk, const std::string &service, Priority priority,
                                             const std::string &requestId)
{
    return changing([&] { return m_engine.issue(kiosk, service, priority, requestId); });
}

Result<Lease> EmbeddedQueueHub::lease(const std::string &kiosk, const std::string &service, int count)
{
    return changing([&] { return m_engine.lease(kiosk, service, count); });
}

Result<SyncOutcome> EmbeddedQueueHub::sync(const std::string &kiosk, const std::vector<Ticket> &tickets)
{
    return changing([&] { return m_engine.sync(kiosk, tickets); });
}

Result<CounterView> EmbeddedQueueHub::act(int counter, CounterAction action)
{
    return changing([&] { return m_engine.act(counter, action); });
}

Result<CounterView> EmbeddedQueueHub::transfer(int counter, const std::string &toService, int toCounter)
{
    return changing([&] { return m_engine.transfer(counter, toService, toCounter); });
}

Result<CounterView> EmbeddedQueueHub::pause(int counter, bool paused)
{
    return changing([&] { return m_engine.pause(counter, paused); });
}

Result<QueueSnapshot> EmbeddedQueueHub::snapshot()
{
    std::lock_guard lock(m_mutex);
    return m_engine.snapshot();
}

Result<std::vector<QueueEvent>> EmbeddedQueueHub::eventsAfter(int64_t seq, std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    const auto deadline = std::chrono::steady_clock::now() + wait;
    while (true) {
        auto events = m_engine.eventsAfter(seq);
        if (!events || !events->empty() || std::chrono::steady_clock::now() >= deadline) {
            return events;
        }
        m_changed.wait_until(lock, deadline);
    }
}

Result<std::vector<ServiceHourStats>> EmbeddedQueueHub::stats(const std::string &day)
{
    std::lock_guard lock(m_mutex);
    return m_engine.stats(day);
}

Result<HelpRequest> EmbeddedQueueHub::requestHelp(const std::string &kiosk)
{
    return changing([&] { return m_engine.requestHelp(kiosk); });
}

Result<HelpRequest> EmbeddedQueueHub::settleHelp(int64_t id, HelpState outcome, const std::string &by)
{
    return changing([&] { return m_engine.settleHelp(id, outcome, by); });
}

Result<std::vector<HelpRequest>> EmbeddedQueueHub::pendingHelp()
{
    std::lock_guard lock(m_mutex);
    return m_engine.pendingHelp();
}

}  // namespace motcua::queue

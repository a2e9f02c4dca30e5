#include "kiosk/app/outbox_worker.h"


#include "kiosk/core/clock.h"
#include "kiosk/core/log_categories.h"
#include "kiosk/portal/outbox_sender.h"
#include "kiosk/portal/portal_client_factory.h"
#include "kiosk/store/database.h"

namespace motcua {

OutboxWorker::OutboxWorker(std::filesystem::path databaseFile, PortalConfig portal, DataKeyLocation key)
    : m_databaseFile(std::move(databaseFile))
    , m_portal(std::move(portal))
    , m_key(std::move(key))
    , m_thread([this] { run(); })
{
}

OutboxWorker::~OutboxWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void OutboxWorker::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wake.notify_all();
}

void OutboxWorker::run()
{
    auto db = Database::open(m_databaseFile);
    auto portal = makePortalClient(m_portal);
    if (!db || !portal) {
        qCWarning(lcOutbox) << "outbox worker not started:" << (db ? "no portal configured" : db.error().code.c_str());
        return;
    }
    OutboxStore store(*db, m_key);
    SystemClock clock;
    OutboxSender sender(store, *portal, clock, RetryPolicy{}, systemJitterSource());
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        lock.unlock();
        sender.drainOnce(16);
        m_pending = store.pendingCount().value_or(-1);
        lock.lock();
        // Look again every few seconds, at once when woken.
        m_wake.wait_for(lock, std::chrono::seconds(3), [this] { return m_stop || m_woken; });
        m_woken = false;
    }
}

}  // namespace motcua

#pragma once
// Delivers the outbox in the background while the kiosk serves citizens:
// its own thread, its own database connection, its own portal client.
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

#include "kiosk/core/config.h"
#include "kiosk/privacy/data_key.h"

namespace motcua {

class OutboxWorker {
public:
    OutboxWorker(std::filesystem::path databaseFile, PortalConfig portal, DataKeyLocation key);
    ~OutboxWorker();

    void wake();  // something new was queued: send now
    int64_t pending() const { return m_pending.load(); }

private:
    void run();

    std::filesystem::path m_databaseFile;
    PortalConfig m_portal;
    DataKeyLocation m_key;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_woken = false;
    std::atomic<int64_t> m_pending{0};
    std::thread m_thread;
};

}  // namespace motcua

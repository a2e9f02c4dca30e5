#include "kiosk/store/wal_checkpointer.h"

#include "kiosk/core/log_categories.h"

namespace motcua {

Result<std::unique_ptr<WalCheckpointer>> WalCheckpointer::start(Database &writer, std::chrono::milliseconds period)
{
    auto own = Database::open(writer.file());
    if (!own) {
        return unexpected(own.error());
    }
    if (auto off = writer.execute("PRAGMA wal_autocheckpoint=0"); !off) {
        return unexpected(off.error());
    }
    return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(std::move(*own), period));
}

WalCheckpointer::WalCheckpointer(Database own, std::chrono::milliseconds period)
    : m_db(std::move(own)), m_period(period), m_thread([this] { run(); })
{
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

void WalCheckpointer::run()
{
    for (;;) {
        bool last = false;
        {
            std::unique_lock lock(m_mutex);
            last = m_wake.wait_for(lock, m_period, [this] { return m_stopping; });
        }
        if (auto done = m_db.execute("PRAGMA wal_checkpoint(PASSIVE)"); !done) {
            qCWarning(lcStore) << "WAL checkpoint failed:" << done.error().message.c_str();
        } else {
            std::lock_guard lock(m_mutex);
            ++m_checkpoints;
        }
        if (last) {
            return;
        }
    }
}

}  // namespace motcua

#pragma once
// Moves WAL checkpoints off a busy writer: the writer's connection stops checkpointing by itself
// (wal_autocheckpoint=0) and this thread, on a connection of its own, runs a PASSIVE checkpoint every
// `period`. A passive checkpoint never waits for the writer, so a commit no longer pays for copying
// pages into the database file and syncing it; the WAL is reused from its start once checkpointed.
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "kiosk/store/database.h"

namespace motcua {

class WalCheckpointer {
public:
    // `writer` is the connection whose automatic checkpoints stop; the thread opens the same file.
    static Result<std::unique_ptr<WalCheckpointer>> start(Database &writer, std::chrono::milliseconds period);
    ~WalCheckpointer();  // a last checkpoint, then the thread ends

    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    int checkpoints() const;  // done so far (for tests)

private:
    WalCheckpointer(Database own, std::chrono::milliseconds period);
    void run();

    Database m_db;
    std::chrono::milliseconds m_period;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    int m_checkpoints = 0;
    std::thread m_thread;
};

}  // namespace motcua

#pragma once
// Runs calls to the queue's hub so that a slow or dead link never freezes the
// UI: on one worker thread (in order) when the hub is across the network, or
// at once on the caller's thread when the queue is embedded (a local SQLite
// call on the kiosk's own connection, which must stay on one thread). The
// answer comes back on the receiver's thread; a receiver gone by then is
// skipped.
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

namespace motcua {

class HubWorker {
public:
    explicit HubWorker(bool offThread);
    ~HubWorker();  // waits for the call under way

    bool offThread() const { return m_offThread; }
    int inFlight() const { return *m_inFlight; }

    template <class R>
    void run(std::function<R()> work, QObject *receiver, std::function<void(const R &)> done)
    {
        if (!m_offThread) {
            done(work());
            return;
        }
        ++*m_inFlight;
        m_pool.start([work = std::move(work), done = std::move(done), receiver = QPointer<QObject>(receiver),
                      inFlight = m_inFlight] {
            auto result = std::make_shared<R>(work());
            if (receiver) {
                QMetaObject::invokeMethod(
                    receiver.data(),
                    [done, result, inFlight] {
                        --*inFlight;
                        done(*result);
                    },
                    Qt::QueuedConnection);
            } else {
                --*inFlight;
            }
        });
    }

private:
    bool m_offThread;
    std::shared_ptr<std::atomic<int>> m_inFlight = std::make_shared<std::atomic<int>>(0);
    QThreadPool m_pool;
};

}  // namespace motcua

#pragma once
// Tells systemd how the kiosk is doing: READY=1 once the attract screen is up,
// WATCHDOG=1 from the UI event loop, STOPPING=1 on an orderly quit.
#include <QObject>
#include <QTimer>
#include <chrono>

namespace motcua {

class SystemdNotifier : public QObject {
    Q_OBJECT
public:
    // Reads NOTIFY_SOCKET / WATCHDOG_USEC / WATCHDOG_PID; outside systemd every call is a no-op.
    explicit SystemdNotifier(QObject *parent = nullptr);
    ~SystemdNotifier() override;

    void notifyReady();
    void notifyStopping();

    bool watchdogEnabled() const { return m_watchdogInterval.count() > 0; }
    std::chrono::microseconds watchdogInterval() const { return m_watchdogInterval; }

private:
    void ping();
    void armTestEventLoopBlock();

    std::chrono::microseconds m_watchdogInterval{0};
    QTimer m_watchdogTimer;
    bool m_ready = false;
    bool m_stopping = false;
};

// The watchdog interval systemd asked for, or 0 when none is addressed to this process.
// WATCHDOG_PID may name our parent: under cage the compositor is the service's main PID
// and the kiosk its child (the unit then has NotifyAccess=all).
std::chrono::microseconds watchdogIntervalFromEnvironment();

}  // namespace motcua

#include "kiosk/platform/systemd_notifier.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <string>
#include <systemd/sd-daemon.h>
#include <thread>
#include <unistd.h>

namespace motcua {
namespace {

Q_LOGGING_CATEGORY(lcPlatform, "motcua.platform")

void send(const char *state)
{
    // 0 = no NOTIFY_SOCKET (not under systemd): nothing to do.
    if (const int rc = sd_notify(0, state); rc < 0) {
        qCWarning(lcPlatform) << "sd_notify failed:" << state << "errno" << -rc;
    }
}

}  // namespace

std::chrono::microseconds watchdogIntervalFromEnvironment()
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0) {
        return std::chrono::microseconds(usec);
    }
    // sd_watchdog_enabled() refuses a WATCHDOG_PID that is not ours; accept the parent's.
    const char *pid = std::getenv("WATCHDOG_PID");
    const char *interval = std::getenv("WATCHDOG_USEC");
    if (pid == nullptr || interval == nullptr) {
        return std::chrono::microseconds(0);
    }
    char *end = nullptr;
    errno = 0;
    const long long parsedPid = std::strtoll(pid, &end, 10);
    if (errno != 0 || *end != '\0' || parsedPid != static_cast<long long>(::getppid())) {
        return std::chrono::microseconds(0);
    }
    errno = 0;
    const unsigned long long parsedUsec = std::strtoull(interval, &end, 10);
    if (errno != 0 || *end != '\0' || parsedUsec == 0) {
        return std::chrono::microseconds(0);
    }
    return std::chrono::microseconds(parsedUsec);
}

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent), m_watchdogInterval(watchdogIntervalFromEnvironment())
{
    if (watchdogEnabled()) {
        // Half the interval, as sd_watchdog_enabled(3) advises: one late tick is not a restart.
        const auto half = std::chrono::duration_cast<std::chrono::milliseconds>(m_watchdogInterval / 2);
        m_watchdogTimer.setTimerType(Qt::PreciseTimer);
        m_watchdogTimer.setInterval(std::max(half, std::chrono::milliseconds(1)));
        connect(&m_watchdogTimer, &QTimer::timeout, this, &SystemdNotifier::ping);
        m_watchdogTimer.start();
        qCInfo(lcPlatform) << "systemd watchdog: ping every" << m_watchdogTimer.interval() << "ms";
    }
    if (auto *app = QCoreApplication::instance()) {
        connect(app, &QCoreApplication::aboutToQuit, this, &SystemdNotifier::notifyStopping);
    }
}

SystemdNotifier::~SystemdNotifier()
{
    notifyStopping();
}

void SystemdNotifier::notifyReady()
{
    // onFirstFrame may deliver more than one queued frameSwapped; tell systemd once.
    if (m_ready) {
        return;
    }
    m_ready = true;
    send("READY=1\nSTATUS=attract screen up");
    if (watchdogEnabled()) {
        ping();
    }
    armTestEventLoopBlock();
}

void SystemdNotifier::notifyStopping()
{
    if (m_stopping) {
        return;
    }
    m_stopping = true;
    m_watchdogTimer.stop();
    send("STOPPING=1");
}

void SystemdNotifier::ping()
{
    send("WATCHDOG=1");
}

// Test-only: freezes the event loop MOTCUA_TEST_BLOCK_EVENT_LOOP_AFTER_MS after READY=1, so a
// test can see the watchdog pings stop.
// Release builds (MOTCUA_RELEASE_HARDENING) leave it out.
void SystemdNotifier::armTestEventLoopBlock()
{
#ifndef MOTCUA_RELEASE_HARDENING
    bool ok = false;
    const int afterMs = qEnvironmentVariableIntValue("MOTCUA_TEST_BLOCK_EVENT_LOOP_AFTER_MS", &ok);
    if (!ok || afterMs < 0) {
        return;
    }
    QTimer::singleShot(afterMs, this, [] {
        qCWarning(lcPlatform) << "test: blocking the event loop until killed";
        for (;;) {
            std::this_thread::sleep_for(std::chrono::seconds(1));
        }
    });
#endif
}

}  // namespace motcua

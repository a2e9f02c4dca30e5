#pragma once
// The kiosk's devices and links for guide mode: one row per thing a guide can
// check or fix, in the session's language. Snapshots are collected on a worker
// thread (a CUPS query or portal ping never freezes the UI); the last one is
// also what the fleet publisher sends.
#include <QFutureWatcher>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

#include "kiosk/app/qml_instance.h"
#include "kiosk/health/kiosk_health.h"

namespace motcua {

class DeviceHealth : public QObject, public QmlInstance<DeviceHealth> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Each {key, label, state: "ok"|"warning"|"fault", detail}; keys: printer, paper, camera,
    // scanner, portal, outbox, last_accepted, out_of_service, disk.
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool needsAttention READ needsAttention NOTIFY changed)

public:
    using Collect = std::function<KioskHealth(const KioskHealthContext &)>;
    using ContextSource = std::function<void(KioskHealthContext &)>;  // UI-thread facts: out of service …

    explicit DeviceHealth(Collect collect, QObject *parent = nullptr);
    ~DeviceHealth() override;

    void setContextSource(ContextSource source) { m_contextSource = std::move(source); }

    QVariantList rows() const;
    bool busy() const { return m_busy; }
    bool needsAttention() const;
    const std::optional<KioskHealth> &latest() const { return m_latest; }

    // Starts a snapshot; one asked for while another runs follows it.
    Q_INVOKABLE void refresh();
    void retranslate() { emit changed(); }
    void waitForIdle();  // tests, shutdown

signals:
    void changed();
    void collected();  // a new snapshot is in latest()

private:
    void finish();

    Collect m_collect;
    ContextSource m_contextSource;
    std::chrono::steady_clock::time_point m_startedAt = std::chrono::steady_clock::now();
    QFutureWatcher<KioskHealth> m_watcher;
    std::optional<KioskHealth> m_latest;
    bool m_busy = false;
    bool m_again = false;
};

// The real snapshot of this kiosk: probesFor(config) and its database file.
DeviceHealth::Collect kioskHealthCollector(const Config &config, const std::filesystem::path &databaseFile);

}  // namespace motcua

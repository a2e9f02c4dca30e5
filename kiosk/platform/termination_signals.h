#pragma once
// SIGTERM (systemctl stop), SIGINT and SIGHUP turned into a Qt signal on the
// GUI thread, so the kiosk quits in order: the citizen's data is wiped, the
// service manager hears STOPPING=1, the store closes cleanly. The handler only
// writes to a socket pair (async-signal-safe), as Qt's documentation
// "Calling Qt Functions From Unix Signal Handlers" describes.
#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace motcua {

class TerminationSignals : public QObject {
    Q_OBJECT
public:
    // One instance per process; installs the handlers for its lifetime.
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

}  // namespace motcua

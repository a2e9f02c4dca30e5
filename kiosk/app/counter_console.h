#pragma once
// The counter console for guides and officers: pick the counter, call the next
// number, recall it, mark it served or a no-show, transfer it to another
// service or counter, pause the counter. Shows the current ticket and how many
// wait for the counter's services. Talks to the same QueueHub as the kiosk;
// with a site hub every call runs off the UI thread (motcua-counter on a slow link).
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

#include "kiosk/app/hub_worker.h"
#include "kiosk/app/qml_instance.h"
#include "kiosk/queue/queue_hub.h"

namespace motcua {

class CounterConsole : public QObject, public QmlInstance<CounterConsole> {
    Q_OBJECT
    QML_NAMED_ELEMENT(CounterDesk)  // "CounterConsole" is the screen (qml/screens/queue/CounterConsole.qml)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QVariantList counters READ counters CONSTANT)  // [int]
    Q_PROPERTY(int counter READ counter WRITE setCounter NOTIFY changed)
    Q_PROPERTY(bool paused READ paused NOTIFY changed)
    Q_PROPERTY(bool hasTicket READ hasTicket NOTIFY changed)
    Q_PROPERTY(QString currentLabel READ currentLabel NOTIFY changed)
    Q_PROPERTY(QString currentService READ currentService NOTIFY changed)
    Q_PROPERTY(QString currentPriority READ currentPriority NOTIFY changed)  // "" or a priority code
    Q_PROPERTY(int currentCalls READ currentCalls NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)  // for this counter's services
    // [{code, letter, name, waiting, priorityWaiting, served: bool (by this counter)}] for every service
    Q_PROPERTY(QVariantList services READ services NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)  // why the last action was refused; "" = none

public:
    CounterConsole(queue::QueueHub *hub, std::vector<queue::Service> services, bool remoteHub = false,
                   QObject *parent = nullptr);

    bool available() const { return m_hub != nullptr && !m_services.empty(); }
    QVariantList counters() const;
    int counter() const { return m_counter; }
    void setCounter(int counter);
    bool paused() const { return m_view.paused; }
    bool hasTicket() const { return m_view.current.has_value(); }
    QString currentLabel() const;
    QString currentService() const;
    QString currentPriority() const;
    int currentCalls() const { return m_view.current ? m_view.current->calls : 0; }
    int waiting() const;
    QVariantList services() const;
    QString message() const { return m_message; }

    void setLanguage(const QString &language);

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void callNext() { act(queue::CounterAction::Next); }
    Q_INVOKABLE void recall() { act(queue::CounterAction::Recall); }
    Q_INVOKABLE void served() { act(queue::CounterAction::Served); }
    Q_INVOKABLE void noShow() { act(queue::CounterAction::NoShow); }
    // To another service's queue (code, "" = same) and/or a given counter (0 = any).
    Q_INVOKABLE void transfer(const QString &service, int toCounter);
    Q_INVOKABLE void setPaused(bool paused);

signals:
    void changed();
    // The queue changed through this console (the display board in the same process follows at once).
    void acted();

private:
    void act(queue::CounterAction action);
    void apply(const Result<queue::CounterView> &outcome);
    void run(std::function<Result<queue::CounterView>(queue::QueueHub &, int)> call, bool next = false);
    QString serviceName(const std::string &code) const;
    bool serves(const std::string &code) const;

    queue::QueueHub *m_hub;
    std::vector<queue::Service> m_services;
    QString m_language = QStringLiteral("vi");
    int m_counter = 0;
    queue::CounterView m_view;
    std::vector<queue::ServiceView> m_views;
    QString m_message;
    HubWorker m_worker;
};

}  // namespace motcua

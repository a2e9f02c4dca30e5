#pragma once
// "Call a guide": the citizen's button on the home screen raises a request
// through the site's queue (motcua-hub when the site has one, the embedded
// queue otherwise); guide screens and counter consoles list the pending ones
// and answer "I'm coming". A kiosk's own request ends when a guide answers or
// its citizen's session ends. Calls to a remote hub run off the UI thread.
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/hub_worker.h"
#include "kiosk/app/qml_instance.h"
#include "kiosk/core/clock.h"
#include "kiosk/queue/queue_hub.h"
#include "kiosk/session/session_data_holder.h"

namespace motcua {

class HelpRequests : public QObject, public QmlInstance<HelpRequests>, public SessionDataHolder {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    // This kiosk's own request is waiting for a guide.
    Q_PROPERTY(bool requested READ requested NOTIFY requestedChanged)
    // Every pending request of the site: [{id, kiosk, at ("HH:mm"), waitingMinutes}], oldest first.
    Q_PROPERTY(QVariantList pending READ pending NOTIFY pendingChanged)
    // Why the last request or answer did not go through ("" = it did): an error code.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    // `kiosk`: this device's id; `answeredBy`: how an acknowledgement names this screen ("counter 3").
    HelpRequests(queue::QueueHub *hub, bool remoteHub, QString kiosk, const Clock &clock,
                 QObject *parent = nullptr);

    bool available() const { return m_hub != nullptr; }
    bool requested() const { return m_ownId != 0; }
    QVariantList pending() const { return m_pending; }
    QString problem() const { return m_problem; }
    void setAnsweredBy(const QString &who) { m_answeredBy = who; }

    Q_INVOKABLE void request();
    Q_INVOKABLE void acknowledge(const QString &id);
    // Reads the queue's new events; reloads the list when a help request came or went.
    Q_INVOKABLE void refresh();
    // Follows the site's requests every `intervalMs` (kiosk, counter, guide screens).
    void startFollowing(int intervalMs = 1000);

    // The citizen's session ended: withdraw this kiosk's request.
    void wipeCitizenData() override;

signals:
    void requestedChanged();
    void pendingChanged();
    void problemChanged();
    void alert();  // a request not seen before is pending

private:
    void reload();
    void setPending(const std::vector<queue::HelpRequest> &list);
    void publishPending();
    void setOwn(int64_t id);
    void setProblem(const QString &code);

    queue::QueueHub *m_hub;
    HubWorker m_worker;
    QString m_kiosk;
    QString m_answeredBy;
    const Clock &m_clock;
    int64_t m_ownId = 0;
    int64_t m_lastSeq = -1;  // -1: not started
    bool m_polling = false;
    std::vector<queue::HelpRequest> m_list;
    QSet<qint64> m_seen;
    QVariantList m_pending;
    QString m_problem;
    QTimer m_timer;
};

}  // namespace motcua

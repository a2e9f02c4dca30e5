#pragma once
// The day's figures for guide mode: sessions (started, finished, abandoned),
// passport applications (submitted, accepted), and queue numbers per service
// (issued, served, no-show, median wait), from the session journal, the
// outbox and the queue. Counts only: nothing about any citizen.
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <chrono>
#include <string>
#include <vector>

#include "kiosk/app/hub_worker.h"
#include "kiosk/app/qml_instance.h"
#include "kiosk/core/clock.h"
#include "kiosk/queue/queue_hub.h"
#include "kiosk/store/database.h"

namespace motcua {

struct QueueServiceDay {
    std::string service;
    int issued = 0;
    int served = 0;
    int noShows = 0;
    // The median of the hours' median waits, weighted by tickets: the hub keeps medians per hour only.
    double medianWaitS = 0;
};

struct DayFigureCounts {
    int64_t sessionsStarted = 0;
    int64_t sessionsFinished = 0;
    int64_t sessionsAbandoned = 0;  // abandoned or timed out
    int64_t applicationsSubmitted = 0;
    int64_t applicationsAccepted = 0;
    std::vector<QueueServiceDay> queue;  // empty when the kiosk has no queue
};

// The local (Asia/Ho_Chi_Minh) day holding `at`: [start, start + 24 h).
std::chrono::system_clock::time_point vietnamDayStart(std::chrono::system_clock::time_point at);
// Sums the hub's per-hour rows into one row per service, in the order they first appear.
std::vector<QueueServiceDay> queueDayByService(const std::vector<queue::ServiceHourStats> &hours);
// `hub` may be null (no queue on this kiosk).
Result<DayFigureCounts> collectDayFigures(Database &db, queue::QueueHub *hub,
                                          std::chrono::system_clock::time_point now);
// The queue's part alone: the hub's per-hour rows of the day summed per service.
Result<std::vector<QueueServiceDay>> collectQueueDay(queue::QueueHub &hub, std::chrono::system_clock::time_point now);

class DayFigures : public QObject, public QmlInstance<DayFigures> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // {sessionsStarted, sessionsFinished, sessionsAbandoned, applicationsSubmitted, applicationsAccepted,
    //  queue: [{service, name, issued, served, noShows, medianWaitMinutes}], day: "dd/MM/yyyy"}
    Q_PROPERTY(QVariantMap figures READ figures NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)  // error code of the last refresh; "" = fine

public:
    // `remoteHub`: the hub is across the network, so its figures are read on a worker thread; the kiosk's
    // own (sessions, applications) are local and read at once.
    DayFigures(Database &db, queue::QueueHub *hub, bool remoteHub, std::vector<queue::Service> services,
               const Clock &clock, QObject *parent = nullptr);

    QVariantMap figures() const { return m_figures; }
    QString problem() const { return m_problem; }
    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    void publish(const DayFigureCounts &counts, std::chrono::system_clock::time_point now);

    Database &m_db;
    queue::QueueHub *m_hub;
    HubWorker m_worker;
    std::vector<queue::Service> m_services;
    const Clock &m_clock;
    QVariantMap m_figures;
    QString m_problem;
};

}  // namespace motcua

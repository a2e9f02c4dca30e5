#pragma once
// "Lấy số thứ tự": the citizen picks a service (and a priority if the law gives
// one), sees the number, the people ahead and the estimated wait, and gets the
// ticket printed. Also shows it as a QR. Talks to the queue through TicketIssuer
// (embedded queue or the site's motcua-hub with leases as fallback).
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

#include "kiosk/app/hub_worker.h"
#include "kiosk/app/qml_instance.h"
#include "kiosk/core/config.h"
#include "kiosk/queue/lease_store.h"
#include "kiosk/queue/queue_hub.h"
#include "kiosk/queue/ticket_issuer.h"
#include "kiosk/session/session_data_holder.h"

namespace motcua {

class PrintService;

// The queue pieces a kiosk runs, chosen by [queue] mode; null hub when the queue is off.
struct QueueWiring {
    std::unique_ptr<Database> leaseDb;  // hub mode: the leases' own connection, used off the UI thread
    std::unique_ptr<queue::QueueHub> hub;
    std::unique_ptr<queue::LeaseStore> leases;
    std::unique_ptr<queue::TicketIssuer> issuer;
    bool remote = false;  // the hub is the site's motcua-hub across the network
};
QueueWiring makeQueueWiring(const Config &config, Database &db, const Clock &clock);

class QueueDesk : public QObject, public QmlInstance<QueueDesk>, public SessionDataHolder {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QVariantList services READ services NOTIFY servicesChanged)
    Q_PROPERTY(QVariantList priorities READ priorities NOTIFY servicesChanged)
    Q_PROPERTY(bool hasTicket READ hasTicket NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketLabel READ ticketLabel NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketService READ ticketService NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketPriority READ ticketPriority NOTIFY ticketChanged)
    Q_PROPERTY(int peopleAhead READ peopleAhead NOTIFY ticketChanged)
    Q_PROPERTY(int waitMinutes READ waitMinutes NOTIFY ticketChanged)
    Q_PROPERTY(QString issuedAt READ issuedAt NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketQr READ ticketQr NOTIFY ticketChanged)
    Q_PROPERTY(QString printMessage READ printMessage NOTIFY ticketChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY ticketChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)  // a number is being taken (site hub: off the UI thread)

public:
    QueueDesk(queue::TicketIssuer *issuer, queue::QueueHub *hub, PrintService *printer, const Config &config,
              QObject *parent = nullptr);

    bool available() const { return m_issuer != nullptr; }
    QVariantList services() const;
    QVariantList priorities() const;
    bool hasTicket() const { return m_ticket.has_value(); }
    QString ticketLabel() const;
    QString ticketService() const;
    QString ticketPriority() const;
    int peopleAhead() const { return m_ticket ? m_ticket->peopleAhead : 0; }
    int waitMinutes() const { return m_ticket ? m_ticket->estimatedWaitMinutes : 0; }
    QString issuedAt() const;
    QString ticketQr() const;
    QString printMessage() const { return m_printMessage; }
    QString errorMessage() const;
    bool busy() const { return m_busy; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void take(const QString &service, const QString &priority);
    Q_INVOKABLE void clear();

    void setLanguage(const QString &language);
    void wipeCitizenData() override { clear(); }

signals:
    void servicesChanged();
    void ticketChanged();
    void busyChanged();

private:
    QString serviceName(const std::string &code) const;
    void show(const Result<queue::IssuedTicket> &issued);
    void setBusy(bool busy);
    void maintainLeases();

    queue::TicketIssuer *m_issuer;
    queue::QueueHub *m_hub;
    PrintService *m_printer;
    Config m_config;
    QString m_language = QStringLiteral("vi");
    std::vector<queue::ServiceView> m_views;
    std::optional<queue::IssuedTicket> m_ticket;
    QString m_printMessage;
    QString m_errorCode;
    HubWorker m_worker;  // site hub: every hub call on one worker thread
    QTimer m_maintenance;  // site hub: sync lease tickets, top leases up
    bool m_busy = false;
    int m_generation = 0;  // bumped by clear(): an answer for the previous citizen is dropped
};

}  // namespace motcua

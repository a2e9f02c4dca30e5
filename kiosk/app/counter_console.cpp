#include "kiosk/app/counter_console.h"

#include <QCoreApplication>
#include <algorithm>
#include <set>

namespace motcua {

CounterConsole::CounterConsole(queue::QueueHub *hub, std::vector<queue::Service> services, bool remoteHub,
                               QObject *parent)
    : QObject(parent), m_hub(hub), m_services(std::move(services)), m_worker(remoteHub)
{
    const auto all = counters();
    m_counter = all.isEmpty() ? 0 : all.first().toInt();
    m_view.counter = m_counter;
}

QVariantList CounterConsole::counters() const
{
    std::set<int> numbers;
    for (const auto &service : m_services) {
        numbers.insert(service.counters.begin(), service.counters.end());
    }
    QVariantList list;
    for (const int number : numbers) {
        list.append(number);
    }
    return list;
}

void CounterConsole::setCounter(int counter)
{
    if (counter == m_counter) {
        return;
    }
    m_counter = counter;
    m_view = queue::CounterView{counter, false, std::nullopt};
    m_message.clear();
    refresh();
}

void CounterConsole::setLanguage(const QString &language)
{
    if (!language.isEmpty()) {
        m_language = language;
        emit changed();
    }
}

QString CounterConsole::serviceName(const std::string &code) const
{
    for (const auto &service : m_services) {
        if (service.code == code) {
            return QString::fromStdString(m_language == QLatin1String("vi") ? service.nameVi : service.nameEn);
        }
    }
    return QString::fromStdString(code);
}

bool CounterConsole::serves(const std::string &code) const
{
    for (const auto &service : m_services) {
        if (service.code == code) {
            return std::ranges::find(service.counters, m_counter) != service.counters.end();
        }
    }
    return false;
}

QString CounterConsole::currentLabel() const
{
    return m_view.current ? QString::fromStdString(m_view.current->label) : QString();
}

QString CounterConsole::currentService() const
{
    return m_view.current ? serviceName(m_view.current->queue) : QString();
}

QString CounterConsole::currentPriority() const
{
    if (!m_view.current || m_view.current->priority == queue::Priority::None) {
        return {};
    }
    return QString::fromStdString(queue::priorityName(m_view.current->priority));
}

int CounterConsole::waiting() const
{
    int total = 0;
    for (const auto &view : m_views) {
        total += serves(view.code) ? view.waiting : 0;
    }
    return total;
}

QVariantList CounterConsole::services() const
{
    QVariantList list;
    for (const auto &service : m_services) {
        QVariantMap item{{QStringLiteral("code"), QString::fromStdString(service.code)},
                         {QStringLiteral("letter"), QString::fromStdString(service.prefix)},
                         {QStringLiteral("name"), serviceName(service.code)},
                         {QStringLiteral("waiting"), 0},
                         {QStringLiteral("priorityWaiting"), 0},
                         {QStringLiteral("served"), serves(service.code)}};
        for (const auto &view : m_views) {
            if (view.code == service.code) {
                item[QStringLiteral("waiting")] = view.waiting;
                item[QStringLiteral("priorityWaiting")] = view.priorityWaiting;
            }
        }
        list.append(item);
    }
    return list;
}

void CounterConsole::refresh()
{
    if (m_hub == nullptr) {
        return;
    }
    auto *hub = m_hub;
    m_worker.run<Result<queue::QueueSnapshot>>([hub] { return hub->snapshot(); }, this,
                                               [this](const Result<queue::QueueSnapshot> &snapshot) {
                                                   if (snapshot) {
                                                       m_views = snapshot->services;
                                                       for (const auto &view : snapshot->counters) {
                                                           if (view.counter == m_counter) {
                                                               m_view = view;
                                                           }
                                                       }
                                                   }
                                                   emit changed();
                                               });
}

void CounterConsole::apply(const Result<queue::CounterView> &outcome)
{
    m_message.clear();
    if (!outcome) {
        const auto &code = outcome.error().code;
        if (code == "queue.counter_paused") {
            m_message = QCoreApplication::translate("CounterConsole", "This counter is paused. Resume it first.");
        } else if (code == "queue.no_current") {
            m_message = QCoreApplication::translate("CounterConsole", "This counter has no ticket now.");
        } else if (code == "queue.counter_busy") {
            m_message = QCoreApplication::translate("CounterConsole", "Finish the current ticket first.");
        } else if (queue::isTransportError(outcome.error())) {
            m_message = QCoreApplication::translate("CounterConsole", "The queue server cannot be reached. Try again.");
        } else {
            m_message = QCoreApplication::translate("CounterConsole", "The queue refused this: %1")
                            .arg(QString::fromStdString(outcome.error().message));
        }
        refresh();
        return;
    }
    m_view = *outcome;
    refresh();
    emit acted();
}

void CounterConsole::run(std::function<Result<queue::CounterView>(queue::QueueHub &, int)> call, bool next)
{
    if (m_hub == nullptr || m_counter <= 0) {
        return;
    }
    auto *hub = m_hub;
    const int counter = m_counter;
    m_worker.run<Result<queue::CounterView>>([hub, counter, call] { return call(*hub, counter); }, this,
                                             [this, counter, next](const Result<queue::CounterView> &outcome) {
                                                 if (counter != m_counter) {
                                                     return;  // another counter was picked meanwhile
                                                 }
                                                 apply(outcome);
                                                 if (next && m_message.isEmpty() && !m_view.current) {
                                                     m_message = QCoreApplication::translate(
                                                         "CounterConsole", "Nobody is waiting for this counter.");
                                                     emit changed();
                                                 }
                                             });
}

void CounterConsole::act(queue::CounterAction action)
{
    run([action](queue::QueueHub &hub, int counter) { return hub.act(counter, action); },
        action == queue::CounterAction::Next);
}

void CounterConsole::transfer(const QString &service, int toCounter)
{
    run([code = service.toStdString(), toCounter](queue::QueueHub &hub, int counter) {
        return hub.transfer(counter, code, toCounter);
    });
}

void CounterConsole::setPaused(bool paused)
{
    run([paused](queue::QueueHub &hub, int counter) { return hub.pause(counter, paused); });
}

}  // namespace motcua

#pragma once
// The citizen session as QML sees it: the state to show, the idle countdown,
// and the actions a screen may take. After "Finish" or a completed service
// (never after an idle timeout) the citizen's data is wiped at once and the
// rating step follows: shown as the service "feedback" in the session's
// language, it ends on its own after ratingSeconds without a touch — as long
// as a session is given before it is wiped (idle time plus countdown), so no
// one is hurried more here than anywhere else.
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/qml_instance.h"

#include "kiosk/core/clock.h"
#include "kiosk/session/citizen_session.h"

namespace motcua {

class KioskSession : public QObject, public QmlInstance<KioskSession> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString service READ service NOTIFY stateChanged)
    Q_PROPERTY(bool idleWarning READ idleWarning NOTIFY idleChanged)
    Q_PROPERTY(int idleSecondsLeft READ idleSecondsLeft NOTIFY idleChanged)
    Q_PROPERTY(int idleCountdownSeconds READ idleCountdownSeconds CONSTANT)
    Q_PROPERTY(int ratingSeconds READ ratingSeconds CONSTANT)

public:
    KioskSession(CitizenSession &session, const Clock &clock, QObject *parent = nullptr);


    QString state() const;
    QString language() const;
    QString service() const;
    bool idleWarning() const { return m_idleWarning; }
    int idleSecondsLeft() const { return m_idleSecondsLeft; }
    int idleCountdownSeconds() const;
    int ratingSeconds() const;

    Q_INVOKABLE void start();
    Q_INVOKABLE void chooseLanguage(const QString &language);
    Q_INVOKABLE void openService(const QString &service);
    Q_INVOKABLE void backToHome();
    Q_INVOKABLE void finish();  // a service completed: wipe, then the rating step
    Q_INVOKABLE void endAndRate();  // the "Finish" button: wipe, then the rating step
    Q_INVOKABLE void endSession();  // no rating: the idle dialog's "end", a guide's reset
    Q_INVOKABLE void closeRating();  // the rating step is done (sent, skipped or timed out)

    bool rating() const { return m_rating; }
    // What the rating step may record: the session's language and the services it opened.
    QString ratedLanguage() const { return m_ratedLanguage; }
    QStringList ratedServices() const { return m_ratedServices; }
    Q_INVOKABLE void stillHere();  // "I need more time"

    // Called on any touch, click or key anywhere in the window.
    void userActivity();
    // Re-reads the idle clock; the timer calls it, tests call it after moving their clock.
    void poll();

signals:
    void stateChanged();
    void languageChanged();
    void idleChanged();
    void wiped();  // the citizen's data is gone; screens reset themselves
    void ratingOpened();
    void ratingClosed();  // before the kiosk returns to the attract screen

private:
    void publish(const Status &status, const char *action);
    void sync();
    void openRating(const QString &language, const QStringList &services);

    CitizenSession &m_session;
    const Clock &m_clock;
    QStringList m_servicesUsed;  // this session's services, in order; never personal data
    bool m_rating = false;
    QString m_ratedLanguage;
    QStringList m_ratedServices;
    std::chrono::steady_clock::time_point m_ratingTouched;
    QTimer m_pollTimer;
    bool m_idleWarning = false;
    int m_idleSecondsLeft = 0;
    QString m_lastState;
    QString m_lastService;
    QString m_lastLanguage;
    int m_lastWipes = 0;
};

}  // namespace motcua

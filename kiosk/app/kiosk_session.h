#pragma once
// The citizen session as QML sees it: the state to show, the idle countdown,
// and the actions a screen may take.
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/qml_instance.h"

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

public:
    explicit KioskSession(CitizenSession &session, QObject *parent = nullptr);


    QString state() const;
    QString language() const;
    QString service() const;
    bool idleWarning() const { return m_idleWarning; }
    int idleSecondsLeft() const { return m_idleSecondsLeft; }
    int idleCountdownSeconds() const;

    Q_INVOKABLE void start();
    Q_INVOKABLE void chooseLanguage(const QString &language);
    Q_INVOKABLE void openService(const QString &service);
    Q_INVOKABLE void backToHome();
    Q_INVOKABLE void finish();
    Q_INVOKABLE void endSession();
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

private:
    void publish(const Status &status, const char *action);
    void sync();

    CitizenSession &m_session;
    QTimer m_pollTimer;
    bool m_idleWarning = false;
    int m_idleSecondsLeft = 0;
    QString m_lastState;
    QString m_lastService;
    QString m_lastLanguage;
    int m_lastWipes = 0;
};

}  // namespace motcua

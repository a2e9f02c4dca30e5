#pragma once
// Guide mode: a hidden gesture opens it on any screen, the guide picks their
// name and types their PIN, and the guide home offers the guide's tools. The
// PIN check (argon2id, ~0.4 s) runs on a worker thread on its own database
// connection; the typed digits stay in C++ and are erased after each check.
// No touch for idleLogout ends guide mode (audited as "idle").
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <chrono>
#include <functional>

#include "kiosk/app/qml_instance.h"
#include "kiosk/audit/audit_log.h"
#include "kiosk/guide/guide_accounts.h"

namespace motcua {

class GuideMode : public QObject, public QmlInstance<GuideMode> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "closed" | "choose" (account tiles) | "pin" | "home" (logged in)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QVariantList guides READ guides NOTIFY changed)  // [{name, role}] of active accounts
    Q_PROPERTY(QString guide READ guide NOTIFY changed)  // chosen or logged-in account
    Q_PROPERTY(bool technician READ technician NOTIFY changed)
    Q_PROPERTY(bool checking READ checking NOTIFY changed)  // the PIN is being checked
    Q_PROPERTY(int pinLength READ pinLength NOTIFY changed)  // digits typed (the pad shows dots)
    Q_PROPERTY(QString message READ message NOTIFY changed)  // wrong PIN, locked …; "" = none
    // The guide helping the citizen of the next (or current) session; "" = none.
    Q_PROPERTY(QString assistedBy READ assistedBy NOTIFY changed)
    Q_PROPERTY(int idleLogoutMs READ idleLogoutMs WRITE setIdleLogoutMs NOTIFY changed)
    // Guide home's page: "menu" | "counter" | "health" | "outOfService" | "figures" | "reprint".
    Q_PROPERTY(QString page READ page WRITE setPage NOTIFY changed)

public:
    // Runs on a worker thread: must not touch the UI thread's database connection.
    using PinCheck = std::function<Result<LoginResult>(const std::string &name, const std::string &pin)>;

    GuideMode(GuideAccounts &accounts, AuditLog &audit, PinCheck check, std::chrono::seconds idleLogout,
              QObject *parent = nullptr);
    ~GuideMode() override;

    QString state() const { return m_state; }
    QVariantList guides() const { return m_guides; }
    QString guide() const { return m_guide; }
    bool technician() const { return m_technician; }
    bool checking() const { return m_checking; }
    int pinLength() const { return static_cast<int>(m_pin.size()); }
    QString message() const { return m_message; }
    QString assistedBy() const { return m_assistedBy; }
    int idleLogoutMs() const { return m_idle.interval(); }
    void setIdleLogoutMs(int ms);
    QString page() const { return m_page; }
    void setPage(const QString &page);
    // Screenshots only (motcua-kiosk --screen guide-*): sample accounts, no PIN, nothing audited.
    void showSample(const QString &state, const QString &page = QStringLiteral("menu"));

    Q_INVOKABLE void open();  // the hidden gesture
    Q_INVOKABLE void chooseGuide(const QString &name);
    Q_INVOKABLE void back();  // pin → choose → closed
    Q_INVOKABLE void pressDigit(int digit);
    Q_INVOKABLE void erase();
    Q_INVOKABLE void submit();
    Q_INVOKABLE void logout();
    // Audits the start; the next citizen session records this guide; leaves guide mode.
    Q_INVOKABLE void startAssistedSession();
    // Technicians only: asks the application to close (lock-down's way out).
    Q_INVOKABLE void requestQuit();
    // Any touch while guide mode is open (the activity filter calls it).
    void noteActivity();
    // The citizen session's state ("attract", "home" …): ends an assisted session when it returns to attract.
    void sessionStateChanged(const QString &state);

protected:
    // Any touch, click or key while guide mode is open restarts the idle timer.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void changed();
    void assistedSessionChanged(const QString &guide);  // "" = ended
    void quitRequested(const QString &technician);

private:
    void loadGuides();
    void finishCheck();
    void close(const std::string &reason);
    void clearPin();
    void setState(const QString &state);

    GuideAccounts &m_accounts;
    AuditLog &m_audit;
    PinCheck m_check;
    QTimer m_idle;
    QFutureWatcher<Result<LoginResult>> m_watcher;
    QString m_state = QStringLiteral("closed");
    QVariantList m_guides;
    QString m_guide;
    bool m_technician = false;
    std::string m_pin;
    QString m_message;
    QString m_assistedBy;
    QString m_page = QStringLiteral("menu");
    bool m_assistedSessionBegan = false;
    bool m_checking = false;  // from submit() until the result is shown
};

}  // namespace motcua

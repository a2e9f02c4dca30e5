#pragma once
// Watches the whole application for touches, clicks and keys, so that any
// activity, on any screen, keeps the session alive.
#include <QObject>

namespace motcua {

class KioskSession;

class UserActivityFilter : public QObject {
    Q_OBJECT

public:
    explicit UserActivityFilter(KioskSession &session, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    KioskSession &m_session;
};

}  // namespace motcua

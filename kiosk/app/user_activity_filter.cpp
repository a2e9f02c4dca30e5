#include "kiosk/app/user_activity_filter.h"

#include <QEvent>

#include "kiosk/app/kiosk_session.h"

namespace motcua {

UserActivityFilter::UserActivityFilter(KioskSession &session, QObject *parent) : QObject(parent), m_session(session)
{
}

bool UserActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        m_session.userActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace motcua

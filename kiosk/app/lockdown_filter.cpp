#include "kiosk/app/lockdown_filter.h"

#include <QKeyEvent>
#include <QWindow>

#include "kiosk/core/log_categories.h"

namespace motcua {

LockdownFilter::LockdownFilter(QObject *parent) : QObject(parent) {}

bool LockdownFilter::isEscapeKey(const QKeyEvent &event)
{
    const auto key = event.key();
    const auto mods = event.modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const bool ctrl = mods.testFlag(Qt::ControlModifier);
    const bool alt = mods.testFlag(Qt::AltModifier);
    switch (key) {
    case Qt::Key_Escape:  // "leave full screen" / "close" in many toolkits
    case Qt::Key_F11:  // full screen toggle
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Meta:  // launchers and overviews
    case Qt::Key_Menu:  // context menu key
    case Qt::Key_Close:
    case Qt::Key_Exit:
    case Qt::Key_PowerOff:
    case Qt::Key_Sleep:
    case Qt::Key_Suspend:
    case Qt::Key_Hibernate:
    case Qt::Key_Launch0:
    case Qt::Key_LaunchMail:
    case Qt::Key_Explorer:
    case Qt::Key_WWW:
    case Qt::Key_HomePage:
        return true;
    case Qt::Key_F4:  // Alt+F4 closes, Ctrl+F4 closes a tab
        return alt || ctrl;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:  // Alt+Tab, Alt+Shift+Tab, Ctrl+Tab switch
        return alt || ctrl || mods.testFlag(Qt::MetaModifier);
    case Qt::Key_Q:
    case Qt::Key_W:
        return ctrl;
    case Qt::Key_Backspace:  // Ctrl+Alt+Backspace kills the X server
    case Qt::Key_Delete:
        return ctrl && alt;
    default:
        break;
    }
    // Ctrl+Alt+F1…F12 switch virtual terminals; Alt+Fn are window-manager keys.
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35) {
        return alt || ctrl || mods.testFlag(Qt::MetaModifier);
    }
    return mods.testFlag(Qt::MetaModifier);  // every Super+… combination belongs to a desktop
}

bool LockdownFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
        if (event->type() == QEvent::Shortcut || isEscapeKey(*static_cast<QKeyEvent *>(event))) {
            if (event->type() == QEvent::KeyPress) {
                ++m_swallowed;
                qCInfo(lcUi) << "lock-down: key" << static_cast<QKeyEvent *>(event)->key() << "swallowed";
            }
            event->accept();
            return true;
        }
        break;
    case QEvent::ContextMenu:
        ++m_swallowed;
        event->accept();
        return true;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void LockdownFilter::keepFullScreen(QWindow &window)
{
    window.setFlags(Qt::Window | Qt::FramelessWindowHint);
    window.showFullScreen();
    QObject::connect(&window, &QWindow::windowStateChanged, &window, [&window](Qt::WindowState state) {
        if (state != Qt::WindowFullScreen) {
            qCWarning(lcUi) << "lock-down: window left full screen; restoring";
            window.showFullScreen();
        }
    });
}

}  // namespace motcua

#pragma once
// Lock-down (issue 10): a citizen must find no way out of the kiosk. Installed
// on the application, this filter swallows the key combinations that quit,
// close, switch or leave full screen where the application sees them
// (Alt+F4, Ctrl+Q/W, Alt+Tab, Ctrl+Alt+Backspace/Delete, Ctrl+Alt+Fn, F11,
// Escape, the Super key …) and every context-menu request. The compositor
// (cage) owns what never reaches us; the window is kept full screen and
// frameless by keepFullScreen(). The only way out is a technician's PIN in
// guide mode (docs/privacy.md, "Lock-down").
#include <QObject>

class QKeyEvent;
class QWindow;

namespace motcua {

class LockdownFilter : public QObject {
    Q_OBJECT
public:
    explicit LockdownFilter(QObject *parent = nullptr);

    // True for a key press that would quit, close, switch away or leave full screen.
    static bool isEscapeKey(const QKeyEvent &event);

    // Frameless, full screen, and back to full screen whenever something changes that.
    static void keepFullScreen(QWindow &window);

    int swallowed() const { return m_swallowed; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_swallowed = 0;
};

}  // namespace motcua

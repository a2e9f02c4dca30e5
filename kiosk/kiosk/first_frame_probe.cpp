#include "kiosk/kiosk/first_frame_probe.h"

#include <QQuickWindow>
#include <memory>

namespace motcua {

void onFirstFrame(QQuickWindow *window, std::function<void()> done)
{
    // Queued, so `done` runs on the GUI thread; the flag keeps a second frame,
    // swapped before the queued call ran, from calling it again.
    auto fired = std::make_shared<bool>(false);
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [fired, done = std::move(done)] {
            if (!*fired) {
                *fired = true;
                done();
            }
        },
        Qt::QueuedConnection);
}

}  // namespace motcua

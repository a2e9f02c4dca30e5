#include "kiosk/kiosk/first_frame_probe.h"

#include <QQuickWindow>
#include <memory>

namespace motcua {

void onFirstFrame(QQuickWindow *window, std::function<void()> done)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [connection, done = std::move(done)] {
            QObject::disconnect(*connection);
            done();
        },
        Qt::QueuedConnection);
}

}  // namespace motcua

#pragma once
// Tells when a window has put its first frame on screen.
#include <QObject>
#include <functional>

class QQuickWindow;

namespace motcua {

// Calls `done` once, after the first frame of `window` is swapped.
void onFirstFrame(QQuickWindow *window, std::function<void()> done);

}  // namespace motcua

#pragma once
// Runs the Qt event loop until `done()` holds or `ms` pass; returns `done()`.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <functional>

namespace motcua::test {

inline bool waitFor(const std::function<bool()> &done, int ms = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return done();
}

}  // namespace motcua::test

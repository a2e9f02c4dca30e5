#pragma once
// QML singletons whose one instance is built by the wiring code (main, the
// test set-up) before QML loads, so collaborators come through constructors.
#include <QJSEngine>

class QQmlEngine;

namespace motcua {

template <class T>
class QmlInstance {
public:
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(s_instance != nullptr, "QmlInstance", "singleton used before the wiring code set it");
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static void setInstance(T *instance) { s_instance = instance; }

private:
    static inline T *s_instance = nullptr;
};

}  // namespace motcua

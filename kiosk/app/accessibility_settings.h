#pragma once
// The citizen's accessibility choices for this session: large text (every
// text ×1.5, through Theme), high contrast (Theme's black/white/yellow
// palette) and speaking each new step aloud. One tap each from every screen;
// all three go back to off when the session ends, so the next citizen starts
// from the ordinary look.
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/qml_instance.h"

namespace motcua {

class AccessibilitySettings : public QObject, public QmlInstance<AccessibilitySettings> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Accessibility)
    QML_SINGLETON
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY changed)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
    Q_PROPERTY(bool speakSteps READ speakSteps WRITE setSpeakSteps NOTIFY changed)
    Q_PROPERTY(double textScale READ textScale NOTIFY changed)

public:
    // Not default-constructible on purpose: QML must take the wiring's instance
    // (Qt 6.4 would otherwise build its own singleton instead of calling create()).
    struct ForSession {};
    explicit AccessibilitySettings(ForSession, QObject *parent = nullptr) : QObject(parent) {}

    static constexpr double kLargeTextScale = 1.5;

    bool largeText() const { return m_largeText; }
    bool highContrast() const { return m_highContrast; }
    bool speakSteps() const { return m_speakSteps; }
    double textScale() const { return m_largeText ? kLargeTextScale : 1.0; }

    void setLargeText(bool on);
    void setHighContrast(bool on);
    void setSpeakSteps(bool on);

    // Back to the ordinary look and silence: called when a session ends.
    Q_INVOKABLE void reset();

signals:
    void changed();

private:
    bool m_largeText = false;
    bool m_highContrast = false;
    bool m_speakSteps = false;
};

}  // namespace motcua

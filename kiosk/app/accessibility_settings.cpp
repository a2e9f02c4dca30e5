#include "kiosk/app/accessibility_settings.h"

#include "kiosk/core/log_categories.h"

namespace motcua {
namespace {

bool assign(bool &field, bool value)
{
    const bool changed = field != value;
    field = value;
    return changed;
}

}  // namespace

void AccessibilitySettings::setLargeText(bool on)
{
    if (assign(m_largeText, on)) {
        qCInfo(lcUi) << "large text" << on;
        emit changed();
    }
}

void AccessibilitySettings::setHighContrast(bool on)
{
    if (assign(m_highContrast, on)) {
        qCInfo(lcUi) << "high contrast" << on;
        emit changed();
    }
}

void AccessibilitySettings::setSpeakSteps(bool on)
{
    if (assign(m_speakSteps, on)) {
        qCInfo(lcUi) << "speak steps" << on;
        emit changed();
    }
}

void AccessibilitySettings::reset()
{
    if (assign(m_largeText, false) | assign(m_highContrast, false) | assign(m_speakSteps, false)) {
        qCInfo(lcUi) << "accessibility back to ordinary";
        emit changed();
    }
}

}  // namespace motcua

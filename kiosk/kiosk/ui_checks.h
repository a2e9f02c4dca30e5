#pragma once
// The self-test's checks of what only the kiosk process has: the QML scene,
// fonts, translations, the on-screen keyboard and the session cycle.
#include <QStringList>

#include "kiosk/core/health_check.h"

class QQmlApplicationEngine;

namespace motcua {

class KioskGraph;

HealthCheck checkSessionCycle(KioskGraph &graph);
HealthCheck checkTranslations(const std::vector<std::string> &languages);
HealthCheck checkFonts();
HealthCheck checkScene(QQmlApplicationEngine &engine, const QStringList &warnings);
HealthCheck checkVirtualKeyboard(QQmlApplicationEngine &engine);

}  // namespace motcua

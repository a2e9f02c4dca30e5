#include "kiosk/kiosk/ui_checks.h"

#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTranslator>

#include "kiosk/app/kiosk_graph.h"
#include "kiosk/app/language_switcher.h"

namespace motcua {

HealthCheck checkSessionCycle(KioskGraph &graph)
{
    auto &session = graph.session();
    const int wipesBefore = session.wipeCount();
    Status status = session.start();
    if (status) {
        status = session.chooseLanguage(session.language());
    }
    if (status) {
        status = session.openService("site-info");
    }
    session.abandon();
    if (!status) {
        return HealthCheck::failed("session", status.error().message);
    }
    if (session.state() != SessionState::Attract || session.wipeCount() != wipesBefore + 1) {
        return HealthCheck::failed("session", "abandoning did not wipe and return to the attract screen");
    }
    return HealthCheck::ok("session", "start → language → service → wipe → attract");
}

HealthCheck checkTranslations(const std::vector<std::string> &languages)
{
    QStringList loaded;
    QStringList missing;
    for (const auto &language : languages) {
        const auto code = QString::fromStdString(language);
        QTranslator translator;
        if (language == "en" || translator.load(LanguageSwitcher::translationFile(code))) {
            loaded << code;
        } else {
            missing << code;
        }
    }
    if (!missing.isEmpty()) {
        return HealthCheck::failed("translations", "missing: " + missing.join(QLatin1Char(',')).toStdString());
    }
    return HealthCheck::ok("translations", loaded.join(QLatin1Char(',')).toStdString());
}

HealthCheck checkFonts()
{
    const QFont font(QStringLiteral("Noto Sans"));
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans"))) {
        return HealthCheck::failed("fonts", "Noto Sans not loaded");
    }
    const QFontMetrics metrics(font);
    // Letters with stacked diacritics: the ones fonts most often lack.
    for (const QChar letter : QStringLiteral("ẫậằặễệỗộởỡợữựỹđƯơ")) {
        if (!metrics.inFont(letter)) {
            return HealthCheck::failed("fonts", "Noto Sans lacks a Vietnamese letter");
        }
    }
    return HealthCheck::ok("fonts", "Noto Sans covers Vietnamese");
}

HealthCheck checkScene(QQmlApplicationEngine &engine, const QStringList &warnings)
{
    if (engine.rootObjects().isEmpty()) {
        return HealthCheck::failed("qml", "Main.qml did not load: " + warnings.join(QStringLiteral("; ")).toStdString());
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (window == nullptr || window->findChild<QQuickItem *>(QStringLiteral("attractScreen")) == nullptr) {
        return HealthCheck::failed("qml", "attract screen not shown");
    }
    if (!warnings.isEmpty()) {
        return HealthCheck::failed("qml", warnings.first().toStdString());
    }
    return HealthCheck::ok("qml", "attract screen up");
}

HealthCheck checkVirtualKeyboard(QQmlApplicationEngine &engine)
{
    if (qEnvironmentVariable("QT_IM_MODULE") != QLatin1String("qtvirtualkeyboard")) {
        return HealthCheck::failed("keyboard", "QT_IM_MODULE is not qtvirtualkeyboard");
    }
    auto *window = engine.rootObjects().isEmpty() ? nullptr : engine.rootObjects().first();
    if (window == nullptr || window->findChild<QObject *>(QStringLiteral("virtualKeyboard")) == nullptr) {
        return HealthCheck::failed("keyboard", "on-screen keyboard not created");
    }
    return HealthCheck::ok("keyboard", "Qt Virtual Keyboard, vi_VN + en_US");
}

}  // namespace motcua

// motcua-counter: the counter console in a small window on a counter PC, talking to the site's
// motcua-hub ([queue] mode = "hub", hub_url, ca_file, client_cert/client_key), with the alerts of
// kiosks whose citizens call a guide. Wiring only: flags → configuration → object graph → QML.
#include <CLI/CLI.hpp>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>

#include "kiosk/app/kiosk_graph.h"
#include "kiosk/core/config_loader.h"
#include "kiosk/core/log_categories.h"

Q_IMPORT_QML_PLUGIN(KioskAppPlugin)
Q_IMPORT_QML_PLUGIN(KioskPlugin)

int main(int argc, char **argv)
{
    CLI::App cli{"motcua-counter: call queue numbers from a counter PC and answer calls for a guide",
                 "motcua-counter"};
    std::string configFile, screenshot, language;
    int counter = 0;
    bool windowed = false;
    std::string size = "1000x700";
    cli.add_option("--config", configFile, "TOML configuration ([queue] mode = \"hub\" and the hub's address)");
    cli.add_option("--counter", counter, "The counter this PC serves (default: [queue] counter, else the first; it can be changed on screen)")
        ->check(CLI::Range(1, 999));
    cli.add_option("--screenshot", screenshot, "Render the window into this PNG and exit");
    cli.add_option("--size", size, "Window size WxH")->capture_default_str();
    cli.add_option("--language", language, "vi, en, zh, ko or ja (default: ui.default_language)");
    cli.add_flag("--windowed", windowed, "An ordinary window (the default; kept for symmetry with motcua-kiosk)");
    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError &error) {
        return cli.exit(error) == 0 ? 0 : 2;
    }
    if (!screenshot.empty() && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen") &&
        !qEnvironmentVariableIsSet("QT_QUICK_BACKEND")) {
        qputenv("QT_QUICK_BACKEND", "software");
    }
    motcua::installLogFormat();
    QGuiApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("motcua-counter"));
    app.setOrganizationName(QStringLiteral("motcua"));
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/NotoSans-Regular.ttf"));
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/NotoSans-Bold.ttf"));
    app.setFont(QFont(QStringLiteral("Noto Sans")));

    motcua::Config config;
    if (!configFile.empty()) {
        auto loaded = motcua::loadConfigFile(configFile);
        if (!loaded) {
            std::fprintf(stderr, "motcua-counter: configuration refused: %s\n", loaded.error().describe().c_str());
            return 2;
        }
        config = *loaded;
    }
    if (!language.empty()) {
        config.ui.defaultLanguage = language;
    }
    motcua::SystemClock clock;
    auto graph = motcua::KioskGraph::build(config, clock);
    if (!graph) {
        std::fprintf(stderr, "motcua-counter: %s\n", graph.error().message.c_str());
        return 1;
    }
    auto &wiring = **graph;
    if (!wiring.counterConsole().available()) {
        std::fprintf(stderr, "motcua-counter: no queue ([queue] mode is \"off\" or the hub's address is wrong)\n");
        return 1;
    }
    const int serving = counter > 0 ? counter : config.queue.counter;  // the flag, else [queue] counter
    if (serving > 0) {
        wiring.counterConsole().setCounter(serving);
        wiring.helpRequests().setAnsweredBy(QStringLiteral("counter %1").arg(serving));
    }
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    wiring.attach(engine);
    engine.load(QUrl(QStringLiteral("qrc:/Kiosk/screens/queue/CounterWindow.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "motcua-counter: the window failed to load\n");
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    const auto wh = QString::fromStdString(size).split(QLatin1Char('x'));
    if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0) {
        window->resize(wh[0].toInt(), wh[1].toInt());
    }
    if (!screenshot.empty()) {
        // A little time for the first answers from the hub (help requests, the counter's ticket).
        QTimer::singleShot(2500, window, [window, file = QString::fromStdString(screenshot)] {
            const auto image = window->grabWindow();
            if (image.isNull() || !image.save(file)) {
                std::fprintf(stderr, "motcua-counter: cannot save %s\n", qPrintable(file));
                QCoreApplication::exit(1);
                return;
            }
            std::printf("%s\n", qPrintable(file));
            QCoreApplication::exit(0);
        });
    } else {
        window->show();
    }
    return app.exec();
}

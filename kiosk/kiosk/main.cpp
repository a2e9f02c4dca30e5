// motcua-kiosk: wiring only. Flags → configuration → object graph → QML.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QMap>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>
#include <QFontDatabase>
#include <cstdio>

#include "kiosk/app/kiosk_graph.h"
#include "kiosk/app/lockdown_filter.h"
#include "kiosk/app/technician_exit.h"
#include "kiosk/core/config_loader.h"
#include "kiosk/core/log_categories.h"
#include "kiosk/health/health_report_format.h"
#include "kiosk/health/system_checks.h"
#include "kiosk/kiosk/first_frame_probe.h"
#include "kiosk/kiosk/kiosk_options.h"
#include "kiosk/kiosk/ui_checks.h"
#include "kiosk/platform/systemd_notifier.h"
#include "kiosk/platform/termination_signals.h"

Q_IMPORT_QML_PLUGIN(KioskAppPlugin)
Q_IMPORT_QML_PLUGIN(KioskPlugin)

namespace {

using namespace motcua;

void prepareEnvironment(const KioskOptions &options)
{
    if (!qEnvironmentVariableIsSet("QT_IM_MODULE")) {
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    }
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (options.headless() && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && (noDisplay || !options.screenshotFile.isEmpty())) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen") &&
        !qEnvironmentVariableIsSet("QT_QUICK_BACKEND")) {
        qputenv("QT_QUICK_BACKEND", "software");
    }
}

std::optional<Config> loadConfig(const KioskOptions &options)
{
    Config config;
    if (!options.configFile.isEmpty()) {
        auto loaded = loadConfigFile(options.configFile.toStdString());
        if (!loaded) {
            std::fprintf(stderr, "motcua-kiosk: configuration refused: %s\n", loaded.error().describe().c_str());
            return std::nullopt;
        }
        config = *loaded;
    }
    if (!options.language.isEmpty()) {
        const auto code = options.language.toStdString();
        if (std::find(config.ui.languages.begin(), config.ui.languages.end(), code) == config.ui.languages.end()) {
            std::fprintf(stderr, "motcua-kiosk: --language %s is not in ui.languages\n", code.c_str());
            return std::nullopt;
        }
        config.ui.defaultLanguage = code;
    }
    return config;
}

void loadFonts(QGuiApplication &app)
{
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/NotoSans-Regular.ttf"));
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/NotoSans-Bold.ttf"));
    QFont font(QStringLiteral("Noto Sans"));
    font.setHintingPreference(QFont::PreferNoHinting);
    app.setFont(font);
}

// Drives the session to the screen asked for by --screen (and --lookup).
// Guide mode's screens with sample accounts (screenshots only): guide-login, guide-home,
// guide-health, guide-figures, out-of-service.
bool showGuideScreen(KioskGraph &graph, const QString &screen)
{
    if (screen == QLatin1String("out-of-service")) {
        graph.outOfService().showSample(QStringLiteral(
            "The printer is being refilled. Please come back in a few minutes."));  // a preset (OutOfServicePresets)
        return true;
    }
    static const QMap<QString, QPair<QString, QString>> guideScreens{
        {QStringLiteral("guide-login"), {QStringLiteral("pin"), QStringLiteral("menu")}},
        {QStringLiteral("guide-names"), {QStringLiteral("choose"), QStringLiteral("menu")}},
        {QStringLiteral("guide-home"), {QStringLiteral("home"), QStringLiteral("menu")}},
        {QStringLiteral("guide-health"), {QStringLiteral("home"), QStringLiteral("health")}},
        {QStringLiteral("guide-figures"), {QStringLiteral("home"), QStringLiteral("figures")}},
        {QStringLiteral("guide-out-of-service"), {QStringLiteral("home"), QStringLiteral("outOfService")}},
    };
    const auto found = guideScreens.find(screen);
    if (found == guideScreens.end()) {
        return false;
    }
    graph.guideMode().showSample(found->first, found->second);
    return true;
}

void showScreen(KioskGraph &graph, const QString &screen, const QString &lookup, const QString &wizardStep)
{
    auto &session = graph.kioskSession();
    if (screen == QLatin1String("attract")) {
        return;
    }
    if (screen == QLatin1String("board")) {
        graph.queueBoard().showSampleCalls();  // screenshots only: made-up calls
        return;
    }
    if (showGuideScreen(graph, screen)) {
        return;
    }
    session.start();
    if (screen == QLatin1String("language")) {
        return;
    }
    session.chooseLanguage(QString::fromStdString(graph.config().ui.defaultLanguage));
    if (screen != QLatin1String("home")) {
        session.openService(screen);
    }
    if (screen == QLatin1String("status") && !lookup.isEmpty()) {
        graph.statusLookup().lookup(lookup);
        graph.statusLookup().waitForIdle();
    }
    if (screen == QLatin1String("passport") && !wizardStep.isEmpty()) {
        graph.passportWizard().loadSampleAnswers(wizardStep);
    }
    if (screen == QLatin1String("queue") && wizardStep == QLatin1String("ticket")) {
        graph.queueDesk().take(QStringLiteral("passport_new"), QStringLiteral("elderly"));  // screenshots only
    }
}

int runSelfTest(KioskGraph &graph, QQmlApplicationEngine &engine, const QStringList &warnings)
{
    const auto &config = graph.config();
    HealthReport report = {checkConfig(config), checkStore(config), checkSessionCycle(graph),
                           checkTranslations(config.ui.languages), checkFonts(), checkScene(engine, warnings),
                           checkVirtualKeyboard(engine)};
    for (auto &check : checkDevices(config)) {
        report.push_back(std::move(check));
    }
    std::fputs(formatReportTable(report).c_str(), stdout);
    const bool passed = allPassed(report);
    std::printf("self-test: %s\n", passed ? "PASS" : "FAIL");
    return passed ? 0 : 1;
}

}  // namespace

int main(int argc, char **argv)
{
    QString usageError;
    bool exitNow = false;
    const auto options = parseKioskOptions(argc, argv, &usageError, &exitNow);
    if (!options) {
        std::fprintf(stderr, "motcua-kiosk: %s (see --help)\n", qPrintable(usageError));
        return 2;
    }
    if (exitNow) {
        return 0;
    }
    prepareEnvironment(*options);
    installLogFormat();

    QGuiApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("motcua"));
    app.setOrganizationName(QStringLiteral("motcua"));

    const auto config = loadConfig(*options);
    if (!config) {
        return 2;
    }
    loadFonts(app);

    SystemClock clock;
    auto graph = KioskGraph::build(*config, clock);
    if (!graph) {
        std::fprintf(stderr, "motcua-kiosk: %s\n", graph.error().message.c_str());
        return 1;
    }
    auto &kiosk = **graph;

    QQmlApplicationEngine engine;
    QStringList warnings;
    QObject::connect(&engine, &QQmlApplicationEngine::warnings, &engine, [&warnings](const QList<QQmlError> &list) {
        for (const auto &warning : list) {
            warnings << warning.toString();
        }
    });
    engine.addImportPath(QStringLiteral("qrc:/"));
    kiosk.attach(engine);
    if (!options->display) {  // the board has no session to keep alive
        app.installEventFilter(&kiosk.activityFilter());
    }
    engine.load(QUrl(QStringLiteral("qrc:/Kiosk/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "motcua-kiosk: the user interface failed to load\n");
        for (const auto &warning : warnings) {
            std::fprintf(stderr, "  %s\n", qPrintable(warning));
        }
        return options->selfTest ? runSelfTest(kiosk, engine, warnings) : 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());

    if (options->selfTest) {
        return runSelfTest(kiosk, engine, warnings);
    }
    if (options->display) {
        kiosk.queueBoard().startDisplay();
    }

    if (!options->size.isEmpty()) {
        window->resize(options->size);
    }
    if (!options->screenshotFile.isEmpty()) {
        showScreen(kiosk, options->screen, options->lookup, options->wizardStep);
        // Let layouts settle and animations reach a representative frame.
        QTimer::singleShot(options->screenshotDelayMs, window, [window, &options] {
            const auto image = window->grabWindow();
            if (image.isNull() || !image.save(options->screenshotFile)) {
                std::fprintf(stderr, "motcua-kiosk: cannot save %s\n", qPrintable(options->screenshotFile));
                QCoreApplication::exit(1);
                return;
            }
            std::printf("%s\n", qPrintable(options->screenshotFile));
            QCoreApplication::exit(0);
        });
        return app.exec();
    }
    LockdownFilter lockdown;
    SystemdNotifier serviceManager;  // READY=1 on the first attract frame, then WATCHDOG=1 from this loop
    TerminationSignals termination;  // systemctl stop: wipe the citizen's data, STOPPING=1, quit
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &app, [&kiosk](int number) {
        qCInfo(lcCore) << "signal" << number << "- quitting";
        kiosk.session().abandon();
        QCoreApplication::quit();
    });
    kiosk.retention().start();  // [privacy] keep_*: now, then every few minutes
    // The only way out of a locked-down kiosk: a technician's PIN in guide mode.
    TechnicianExit technicianExit(kiosk.session(), kiosk.database(), clock, [](int code) { QCoreApplication::exit(code); });
    QObject::connect(&kiosk.guideMode(), &GuideMode::quitRequested, &technicianExit, &TechnicianExit::close);
    onFirstFrame(window, [&serviceManager] { serviceManager.notifyReady(); });
    if (options->exitAfterFirstFrame) {
        onFirstFrame(window, [] {
            std::printf("first-frame\n");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    if (options->windowed || !config->ui.fullscreen || options->exitAfterFirstFrame) {
        window->setFlags(Qt::Window);
        window->show();
    } else {
        app.installEventFilter(&lockdown);  // no shortcut quits, closes or switches away
        LockdownFilter::keepFullScreen(*window);
    }
    return app.exec();
}

#include "kiosk/kiosk/kiosk_options.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QRegularExpression>
#include <cstdio>

#include "kiosk/core/version.h"

namespace motcua {

std::optional<KioskOptions> parseKioskOptions(int argc, char **argv, QString *error, bool *exitNow)
{
    *exitNow = false;
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("motcua self-service kiosk"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption windowed(QStringLiteral("windowed"), QStringLiteral("Run in a window (development)."));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Configuration file (TOML)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Start every subsystem, print a report, exit 0 when all pass."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render a screen offscreen, save it as PNG, exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption screen(QStringLiteral("screen"),
                                    QStringLiteral("Screen for --screenshot: attract, language, home, site-info, status, passport, queue, board, counter, guide-login, guide-names, guide-home, guide-health, guide-figures, guide-out-of-service, out-of-service."),
                                    QStringLiteral("NAME"), QStringLiteral("attract"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Start in this language (vi, en …)."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1080x1920 (portrait)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption lookup(QStringLiteral("lookup"),
                                    QStringLiteral("With --screen status: look this receipt number up first."),
                                    QStringLiteral("NUMBER"));
    const QCommandLineOption wizardStep(QStringLiteral("wizard-step"),
                                        QStringLiteral("With --screen passport: fill sample answers and open STEP (about_you, review, fee …); screenshots only."),
                                        QStringLiteral("STEP"));
    const QCommandLineOption firstFrame(QStringLiteral("exit-after-first-frame"),
                                        QStringLiteral("Exit once the attract screen is drawn (startup benchmark)."));
    const QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"),
                                             QStringLiteral("With --screenshot: wait MS before the grab (default 700)."),
                                             QStringLiteral("MS"), QStringLiteral("700"));
    const QCommandLineOption display(QStringLiteral("display"),
                                     QStringLiteral("Run as the display board (a TV): numbers called and their counters, spoken calls."));
    parser.addOptions({help, version, windowed, config, selfTest, screenshot, screen, language, size, lookup, wizardStep, firstFrame, screenshotDelay, display});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitNow = true;
        return KioskOptions{};
    }
    if (parser.isSet(version)) {
        std::printf("motcua-kiosk %s\n", kVersion);
        *exitNow = true;
        return KioskOptions{};
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    KioskOptions options;
    options.windowed = parser.isSet(windowed);
    options.selfTest = parser.isSet(selfTest);
    options.exitAfterFirstFrame = parser.isSet(firstFrame);
    options.display = parser.isSet(display);
    options.configFile = parser.value(config);
    options.screenshotFile = parser.value(screenshot);
    options.screen = parser.value(screen);
    options.language = parser.value(language);
    options.lookup = parser.value(lookup);
    options.wizardStep = parser.value(wizardStep);
    options.screenshotDelayMs = std::clamp(parser.value(screenshotDelay).toInt(), 0, 60000);
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
        const auto match = pattern.match(parser.value(size));
        if (!match.hasMatch()) {
            *error = QStringLiteral("--size wants WIDTHxHEIGHT, e.g. 1080x1920");
            return std::nullopt;
        }
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    return options;
}

}  // namespace motcua

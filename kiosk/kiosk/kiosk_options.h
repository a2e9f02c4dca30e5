#pragma once
// motcua-kiosk's command line. Parsed before the QGuiApplication exists,
// because some flags choose the platform plugin.
#include <QSize>
#include <QString>
#include <optional>

namespace motcua {

struct KioskOptions {
    bool windowed = false;
    bool selfTest = false;
    bool exitAfterFirstFrame = false;  // for `motcua bench startup`
    bool display = false;  // the display board for a TV: no session, calls spoken
    QString configFile;
    QString screenshotFile;
    QString screen = QStringLiteral("attract");  // with --screenshot
    QString language;  // overrides ui.default_language
    QString lookup;  // with --screen status: look this receipt number up first
    QString wizardStep;  // with --screen passport: sample answers, open this step (key, e.g. "review")
    int screenshotDelayMs = 700;  // with --screenshot: time to settle (a camera step needs longer)
    QSize size;  // window size; empty = the screen's
    bool headless() const { return selfTest || exitAfterFirstFrame || !screenshotFile.isEmpty(); }
};

// Returns options, or an error message (usage problems exit with code 2).
// `--help` and `--version` print and set `exitNow`.
std::optional<KioskOptions> parseKioskOptions(int argc, char **argv, QString *error, bool *exitNow);

}  // namespace motcua

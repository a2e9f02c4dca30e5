#include "kiosk/cli/bench_startup_command.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "kiosk/core/percentiles.h"

namespace motcua::cli {
namespace {

// One start: spawn, wait for the "first-frame" line, return milliseconds or -1.
double measureOnce(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        return -1;
    }
    QByteArray output;
    while (timer.elapsed() < timeoutMs) {
        if (!process.waitForReadyRead(timeoutMs - static_cast<int>(timer.elapsed()))) {
            break;
        }
        output += process.readAllStandardOutput();
        if (output.contains("first-frame")) {
            const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            process.waitForFinished(5000);
            return elapsed;
        }
    }
    process.kill();
    process.waitForFinished(2000);
    return -1;
}

}  // namespace

void addBenchStartupCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode)
{
    auto *startup = bench.add_subcommand("startup", "Cold start to the first frame of the attract screen");
    static int runs = 10;
    static std::string kioskPath;
    static std::string size = "1920x1080";
    startup->add_option("--runs", runs, "Number of starts")->check(CLI::Range(1, 100));
    startup->add_option("--kiosk", kioskPath, "Path to motcua-kiosk (default: next to motcua, then PATH)");
    startup->add_option("--size", size, "Window size WxH");
    startup->callback([&options, &exitCode] {
        const auto program = findProgram(QStringLiteral("motcua-kiosk"), kioskPath);
        if (program.isEmpty()) {
            std::fprintf(stderr, "motcua: motcua-kiosk not found; give --kiosk PATH\n");
            exitCode = kUsage;
            return;
        }
        // A private data directory: the benchmark never touches the kiosk's real store.
        QTemporaryDir dataDir;
        const auto configPath = dataDir.filePath(QStringLiteral("bench.toml"));
        QFile configFile(configPath);
        if (!dataDir.isValid() || !configFile.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "motcua: cannot create a temporary directory\n");
            exitCode = kCheckFailed;
            return;
        }
        configFile.write(QStringLiteral("[store]\ndata_dir = \"%1\"\n").arg(dataDir.path()).toUtf8());
        configFile.close();
        const QStringList arguments = {QStringLiteral("--config"), configPath, QStringLiteral("--exit-after-first-frame"),
                                       QStringLiteral("--size"), QString::fromStdString(size)};
        std::vector<double> samples;
        for (int run = 0; run < runs; ++run) {
            const double ms = measureOnce(program, arguments, 30000);
            if (ms < 0) {
                std::fprintf(stderr, "motcua: run %d: motcua-kiosk did not draw its first frame within 30 s\n", run + 1);
                exitCode = kCheckFailed;
                return;
            }
            samples.push_back(ms);
        }
        const auto summary = summarize(samples);
        if (options.json) {
            nlohmann::json out{{"benchmark", "startup"}, {"runs", summary.count}, {"median_ms", summary.median},
                               {"p95_ms", summary.p95}, {"min_ms", summary.min}, {"max_ms", summary.max},
                               {"samples_ms", samples}};
            std::puts(out.dump(2).c_str());
        } else {
            std::printf("startup to first frame (%d runs, %s): median %.0f ms, p95 %.0f ms, min %.0f ms, max %.0f ms\n",
                        static_cast<int>(summary.count), size.c_str(), summary.median, summary.p95, summary.min,
                        summary.max);
        }
        exitCode = kOk;
    });
}

}  // namespace motcua::cli

#include "kiosk/cli/bench_outbox_command.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>

#include "kiosk/portal/portal_json.h"
#include "kiosk/store/migrations.h"
#include "kiosk/store/outbox_store.h"

namespace motcua::cli {
namespace {

struct SoakSettings {
    int applications = 100;
    double failRate = 0.3;
    int kills = 5;
    unsigned seed = 7;
    int photoKilobytes = 60;
};

struct SoakResult {
    int queued = 0;
    int acceptedByPortal = 0;
    int lost = 0;
    int duplicated = 0;
    int mismatched = 0;  // kiosk's receipt number differs from the portal's
    int killsDone = 0;
    double drainSeconds = 0;
};

Status writeFile(const QString &path, const std::string &text)
{
    std::ofstream out(path.toStdString());
    out << text;
    return out ? Status{} : fail("bench.write", "cannot write " + path.toStdString());
}

// Starts the simulator on a free port and returns it, or -1.
int startSimulator(QProcess &sim, const QString &program, const QTemporaryDir &dir, const SoakSettings &settings)
{
    sim.start(program, {QStringLiteral("--pki"), dir.filePath(QStringLiteral("pki")), QStringLiteral("--data"),
                        dir.filePath(QStringLiteral("sim.sqlite")), QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--fail-rate"), QString::number(settings.failRate), QStringLiteral("--seed"),
                        QString::number(settings.seed)});
    static const QRegularExpression listening(QStringLiteral("listening on https://[^:]+:(\\d+)"));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && sim.waitForReadyRead(10000)) {
        output += sim.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            return match.captured(1).toInt();
        }
    }
    return -1;
}

Result<SoakResult> runSoak(const SoakSettings &settings)
{
    SoakResult result;
    QTemporaryDir dir;
    const auto simProgram = findProgram(QStringLiteral("motcua-portal-sim"));
    const auto cliProgram = findProgram(QStringLiteral("motcua"));
    if (!dir.isValid() || simProgram.isEmpty() || cliProgram.isEmpty()) {
        return fail("bench.setup", "temporary directory, motcua-portal-sim or motcua not found");
    }
    if (QProcess::execute(simProgram, {QStringLiteral("pki"), dir.filePath(QStringLiteral("pki"))}) != 0) {
        return fail("bench.setup", "could not create the test PKI");
    }
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const int port = startSimulator(sim, simProgram, dir, settings);
    if (port <= 0) {
        return fail("bench.setup", "motcua-portal-sim did not start");
    }
    const auto configPath = dir.filePath(QStringLiteral("kiosk.toml"));
    const auto kioskData = dir.filePath(QStringLiteral("kiosk")).toStdString();
    (void)writeFile(configPath, "[store]\ndata_dir = \"" + kioskData + "\"\n[devices.portal]\nbackend = \"https\"\n"
                                "url = \"https://127.0.0.1:" + std::to_string(port) + "\"\nca_file = \"" +
                                dir.filePath(QStringLiteral("pki/ca.crt")).toStdString() + "\"\ntotal_timeout_s = 10\n");

    // Queue every application first, as kiosks would over a day.
    std::filesystem::create_directories(kioskData);
    auto db = openStore(std::filesystem::path(kioskData) / "motcua.sqlite");
    if (!db) {
        return unexpected(db.error());
    }
    std::mt19937 random(settings.seed);
    std::string photo(static_cast<size_t>(settings.photoKilobytes) * 1024, '\0');
    for (auto &byte : photo) {
        byte = static_cast<char>(random() & 0xFF);
    }
    {
        OutboxStore store(*db);
        for (int i = 0; i < settings.applications; ++i) {
            auto entry = store.enqueue(
                "SOAK", "passport.ordinary",
                [&](const OutboxEntry &e) {
                    return submissionToJson({e.localRef, e.idempotencyKey, "kiosk-soak", "hn-cn1", "passport.ordinary",
                                             R"({"full_name":"NGUYỄN VĂN AN","request":"first"})", photo, "{}"});
                },
                "{}", std::chrono::system_clock::now());
            if (!entry) {
                return unexpected(entry.error());
            }
        }
        result.queued = settings.applications;
    }

    // Drain, with SIGKILL at random moments, then once more to the end.
    QElapsedTimer drainTimer;
    drainTimer.start();
    std::uniform_int_distribution<int> killAfterMs(30, 1500);
    const QStringList drainArguments = {QStringLiteral("--config"), configPath, QStringLiteral("outbox"),
                                        QStringLiteral("drain"), QStringLiteral("--timeout"), QStringLiteral("900")};
    for (int attempt = 0; attempt < settings.kills + 200; ++attempt) {
        QProcess drain;
        drain.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        drain.setStandardOutputFile(QProcess::nullDevice());
        drain.start(cliProgram, drainArguments);
        if (!drain.waitForStarted(5000)) {
            return fail("bench.drain", "motcua outbox drain did not start");
        }
        if (result.killsDone < settings.kills) {
            const int delay = killAfterMs(random);
            if (!drain.waitForFinished(delay)) {
                drain.kill();  // SIGKILL: a power cut for the sender
                drain.waitForFinished(5000);
                ++result.killsDone;
                continue;
            }
        } else {
            drain.waitForFinished(900'000);
        }
        if (drain.exitStatus() == QProcess::NormalExit && drain.exitCode() == 0) {
            break;
        }
    }
    result.drainSeconds = static_cast<double>(drainTimer.elapsed()) / 1000.0;
    sim.terminate();
    sim.waitForFinished(5000);

    // Compare both sides.
    std::map<std::string, std::string> kioskReceipts;
    OutboxStore store(*db);
    auto entries = store.list(1'000'000);
    if (!entries) {
        return unexpected(entries.error());
    }
    for (const auto &entry : *entries) {
        kioskReceipts[entry.localRef] = entry.receiptNumber;
    }
    auto simDb = Database::open(dir.filePath(QStringLiteral("sim.sqlite")).toStdString());
    if (!simDb) {
        return unexpected(simDb.error());
    }
    auto rows = simDb->prepare("SELECT local_reference, receipt_number FROM applications WHERE kiosk_id = 'kiosk-soak'");
    if (!rows) {
        return unexpected(rows.error());
    }
    std::map<std::string, std::vector<std::string>> portalReceipts;
    while (rows->step().value_or(false)) {
        portalReceipts[rows->columnText(0)].push_back(rows->columnText(1));
        ++result.acceptedByPortal;
    }
    for (const auto &[ref, receipt] : kioskReceipts) {
        const auto found = portalReceipts.find(ref);
        if (found == portalReceipts.end()) {
            ++result.lost;
            continue;
        }
        if (found->second.size() > 1) {
            result.duplicated += static_cast<int>(found->second.size()) - 1;
        }
        if (receipt != found->second.front()) {
            ++result.mismatched;
        }
    }
    return result;
}

}  // namespace

void addBenchOutboxCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode)
{
    static SoakSettings settings;
    auto *outbox = bench.add_subcommand("outbox", "Exactly-once soak: faults and SIGKILLs against the portal simulator");
    outbox->add_option("--applications", settings.applications, "Applications to submit")->check(CLI::Range(1, 100000));
    outbox->add_option("--fail-rate", settings.failRate, "Fraction of portal requests that fail")->check(CLI::Range(0.0, 0.9));
    outbox->add_option("--kills", settings.kills, "SIGKILLs of the sender at random moments")->check(CLI::Range(0, 1000));
    outbox->add_option("--seed", settings.seed, "Seed for faults, kill times and photo bytes");
    outbox->add_option("--photo-kb", settings.photoKilobytes, "Size of each application's photo")->check(CLI::Range(1, 4096));
    outbox->callback([&options, &exitCode] {
        auto result = runSoak(settings);
        if (!result) {
            std::fprintf(stderr, "motcua: %s\n", result.error().message.c_str());
            exitCode = kCheckFailed;
            return;
        }
        const double throughput = result->drainSeconds > 0 ? result->acceptedByPortal / result->drainSeconds : 0;
        if (options.json) {
            nlohmann::json out{{"benchmark", "outbox"},        {"applications", result->queued},
                               {"fail_rate", settings.failRate}, {"kills", result->killsDone},
                               {"accepted", result->acceptedByPortal}, {"lost", result->lost},
                               {"duplicated", result->duplicated}, {"mismatched", result->mismatched},
                               {"drain_seconds", result->drainSeconds}, {"throughput_per_s", throughput}};
            std::puts(out.dump(2).c_str());
        } else {
            std::printf("applications=%d fail_rate=%.2f kills=%d accepted=%d lost=%d duplicated=%d mismatched=%d "
                        "drain=%.1fs throughput=%.1f/s\n",
                        result->queued, settings.failRate, result->killsDone, result->acceptedByPortal, result->lost,
                        result->duplicated, result->mismatched, result->drainSeconds, throughput);
        }
        const bool exact = result->lost == 0 && result->duplicated == 0 && result->mismatched == 0 &&
                           result->acceptedByPortal == result->queued;
        exitCode = exact ? kOk : kCheckFailed;
    });
}

}  // namespace motcua::cli

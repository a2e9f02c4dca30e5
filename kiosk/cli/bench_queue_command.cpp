#include "kiosk/cli/bench_queue_command.h"

#include <QTemporaryDir>
#include <cstdio>
#include <optional>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include "tools/hub/hub_process.h"
#include "tools/hub/queue_load.h"

namespace motcua::cli {

void addBenchQueueCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode)
{
    auto *command = bench.add_subcommand("queue", "Simulated kiosks and counters against one real motcua-hub");
    auto settings = std::make_shared<QueueLoadSettings>();
    auto hubPath = std::make_shared<std::string>();
    command->add_option("--kiosks", settings->kiosks, "Simulated kiosks")->capture_default_str()->check(CLI::Range(1, 200));
    command->add_option("--counters", settings->counters, "Simulated counters")->capture_default_str()->check(CLI::Range(0, 99));
    command->add_option("--seconds", settings->seconds, "Length of the run")->capture_default_str()->check(CLI::Range(1.0, 3600.0));
    command->add_option("--kills", settings->kills, "SIGKILLs of the hub during the run")->capture_default_str()->check(CLI::Range(0, 100));
    command->add_option("--services", settings->services, "Services (letters A…)")->capture_default_str()->check(CLI::Range(1, 26));
    command->add_option("--seed", settings->seed, "Seed of the simulated choices");
    command->add_option("--rate", settings->kioskRate, "Tickets per second per kiosk (0 = back to back)")
        ->capture_default_str()->check(CLI::Range(0.0, 1000.0));
    command->add_option("--counter-rate", settings->counterRate, "Calls per second per counter (0 = back to back)")
        ->capture_default_str()->check(CLI::Range(0.0, 1000.0));
    command->add_option("--synchronous", settings->synchronous, "The hub's SQLite synchronous: full or normal")
        ->capture_default_str()->check(CLI::IsMember({"full", "normal"}));
    command->add_option("--hub", *hubPath, "motcua-hub program (default: beside this one)");
    auto offered = std::make_shared<double>(1000);
    command->add_option("--offered", *offered,
                        "After a back-to-back run: latency with this many operations per second offered, spread"
                        " evenly over the kiosks and counters (0 = skip)")
        ->capture_default_str()->check(CLI::Range(0.0, 100000.0));
    command->callback([&options, &exitCode, settings, hubPath, offered] {
        QTemporaryDir dir;
        if (!dir.isValid()) {
            std::fprintf(stderr, "bench queue: cannot make a temporary directory\n");
            exitCode = kCheckFailed;
            return;
        }
        settings->workDir = dir.path().toStdString();
        settings->hubProgram = hubPath->empty() ? hubProgramBeside({}) : std::filesystem::path(*hubPath);
        // The latency a site sees comes from a run paced at the offered load, made first on a quiet machine (a
        // back-to-back run's latency is its own queueing: 40 clients over N ops/s wait about 40/N s each).
        std::optional<QueueLoadResult> paced;
        ::sync();  // what earlier work left to write reaches the disk before, not during, the runs
        if (*offered > 0 && settings->kioskRate <= 0 && settings->counterRate <= 0 && settings->kills == 0) {
            auto pacedSettings = *settings;
            pacedSettings.workDir = std::filesystem::path(settings->workDir) / "paced";
            // A counter's call brings a no-show (1 in 20) or a snapshot (1 in 10) along: 1.15 requests.
            pacedSettings.kioskRate = pacedSettings.counterRate =
                *offered / (settings->kiosks + 1.15 * settings->counters);
            auto pacedRun = runQueueLoad(pacedSettings);
            if (!pacedRun) {
                std::fprintf(stderr, "bench queue: %s (%s)\n", pacedRun.error().message.c_str(),
                             pacedRun.error().code.c_str());
                exitCode = kCheckFailed;
                return;
            }
            paced = *pacedRun;
        }
        ::sync();
        auto result = runQueueLoad(*settings);
        if (!result) {
            std::fprintf(stderr, "bench queue: %s (%s)\n", result.error().message.c_str(), result.error().code.c_str());
            exitCode = kCheckFailed;
            return;
        }
        const auto &r = *result;
        const bool exact = r.duplicates == 0 && r.lost == 0 && (!paced || (paced->duplicates == 0 && paced->lost == 0));
        if (options.json) {
            const nlohmann::json out = {{"kiosks", settings->kiosks}, {"counters", settings->counters},
                                        {"seconds", r.seconds}, {"kills", r.killsDone},
                                        {"issued_online", r.issuedOnline}, {"issued_from_lease", r.issuedFromLease},
                                        {"orphans", r.orphans}, {"duplicates", r.duplicates}, {"lost", r.lost},
                                        {"counter_calls", r.counterCalls}, {"errors", r.errors},
                                        {"errors_by_code", r.errorsByCode},
                                        {"operations", r.operations}, {"ops_per_s", r.operationsPerSecond},
                                        {"p50_ms", r.p50Ms}, {"p99_ms", r.p99Ms}, {"max_ms", r.maxMs}};
            nlohmann::json all = out;
            if (paced) {
                all["offered"] = {{"ops_per_s_offered", *offered}, {"ops_per_s", paced->operationsPerSecond},
                                  {"duplicates", paced->duplicates}, {"lost", paced->lost},
                                  {"p50_ms", paced->p50Ms}, {"p99_ms", paced->p99Ms}, {"max_ms", paced->maxMs}};
            }
            std::printf("%s\n", all.dump(2).c_str());
        } else {
            std::printf("queue bench: %d kiosks, %d counters, %.1f s against one motcua-hub, %d SIGKILL(s)\n",
                        settings->kiosks, settings->counters, r.seconds, r.killsDone);
            std::printf("  pacing             %s; hub synchronous=%s\n",
                        settings->kioskRate > 0 ? ("kiosks " + std::to_string(settings->kioskRate) + "/s, counters " +
                                                   std::to_string(settings->counterRate) + "/s")
                                                      .c_str()
                                                : "back to back (closed loop)",
                        settings->synchronous.c_str());
            std::printf("  tickets issued     %d (%d online, %d from leases while the hub was down)\n",
                        r.issuedOnline + r.issuedFromLease, r.issuedOnline, r.issuedFromLease);
            std::printf("  duplicates         %d\n  lost               %d\n", r.duplicates, r.lost);
            std::printf("  orphans            %d (recorded by the hub, answer lost in a kill; never handed out)\n",
                        r.orphans);
            std::string codes;
            for (const auto &[code, count] : r.errorsByCode) {
                codes += (codes.empty() ? " (" : ", ") + std::to_string(count) + " " + code;
            }
            std::printf("  counter calls      %d, errors %d%s\n", r.counterCalls, r.errors,
                        codes.empty() ? "" : (codes + ")").c_str());
            std::printf("  operations         %ld, %.0f per second\n", r.operations, r.operationsPerSecond);
            std::printf("  latency            p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", r.p50Ms, r.p99Ms, r.maxMs);
            if (paced) {
                std::printf("  paced run          %.0f ops/s offered, %.0f answered per second\n"
                            "  paced latency      p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d duplicates, %d lost)\n",
                            *offered, paced->operationsPerSecond, paced->p50Ms, paced->p99Ms, paced->maxMs,
                            paced->duplicates, paced->lost);
            }
            if (r.errorsByCode.count("queue.numbers_exhausted") > 0) {
                std::printf("  note               a service used up its 999 numbers of the day: the figures after that\n"
                            "                     are of refusals; run shorter (--seconds) or with more --services\n");
            }
        }
        exitCode = exact ? kOk : kCheckFailed;
    });
}

}  // namespace motcua::cli

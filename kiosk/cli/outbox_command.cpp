#include "kiosk/cli/outbox_command.h"

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <thread>

#include "kiosk/core/clock.h"
#include "kiosk/core/data_paths.h"
#include "kiosk/cli/audit_command.h"
#include "kiosk/portal/outbox_sender.h"
#include "kiosk/portal/portal_client_factory.h"
#include "kiosk/store/migrations.h"
#include "kiosk/store/outbox_store.h"

namespace motcua::cli {
namespace {

std::string localTime(int64_t ms)
{
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000) + 7 * 3600;  // Hanoi
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char text[24];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &parts);
    return text;
}

void list(const GlobalOptions &options, int &exitCode)
{
    auto db = openKioskDatabase(options, exitCode);
    if (!db) {
        return;
    }
    OutboxStore store(*db);
    auto entries = store.list();
    if (!entries) {
        std::fprintf(stderr, "motcua: %s\n", entries.error().message.c_str());
        exitCode = kCheckFailed;
        return;
    }
    if (options.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &entry : *entries) {
            out.push_back({{"local_ref", entry.localRef},
                           {"state", outboxStateName(entry.state)},
                           {"attempts", entry.attempts},
                           {"last_error", entry.lastError},
                           {"receipt_number", entry.receiptNumber},
                           {"created_at_ms", entry.createdAtMs}});
        }
        std::puts(out.dump(2).c_str());
    } else {
        std::printf("%-24s %-9s %8s  %-20s %-18s %s\n", "LOCAL REF", "STATE", "ATTEMPTS", "LAST ERROR", "RECEIPT",
                    "CREATED");
        for (const auto &entry : *entries) {
            std::printf("%-24s %-9s %8d  %-20s %-18s %s\n", entry.localRef.c_str(), outboxStateName(entry.state),
                        entry.attempts, entry.lastError.c_str(), entry.receiptNumber.c_str(),
                        localTime(entry.createdAtMs).c_str());
        }
        std::printf("%zu entries, %lld waiting\n", entries->size(),
                    static_cast<long long>(store.pendingCount().value_or(-1)));
    }
    exitCode = kOk;
}

// Sends until nothing is waiting (or the deadline passes). The soak benchmark
// kills this process at random moments; nothing it does may lose or double an application.
void drain(const GlobalOptions &options, int timeoutSeconds, int &exitCode)
{
    const auto config = loadConfigOrReport(options);
    if (!config) {
        exitCode = kUsage;
        return;
    }
    auto db = openKioskDatabase(options, exitCode);
    if (!db) {
        return;
    }
    auto portal = makePortalClient(config->devices.portal);
    if (!portal) {
        std::fprintf(stderr, "motcua: no portal configured (devices.portal.backend = none)\n");
        exitCode = kUsage;
        return;
    }
    OutboxStore store(*db, configuredDataKeyLocation(config->privacy.keyFile, db->directory()));
    SystemClock clock;
    OutboxSender sender(store, *portal, clock, RetryPolicy{}, systemJitterSource());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
    DrainReport total;
    while (std::chrono::steady_clock::now() < deadline) {
        const auto report = sender.drainOnce(32);
        total.accepted += report.accepted;
        total.retrying += report.retrying;
        total.failed += report.failed;
        if (store.pendingCount().value_or(1) == 0) {
            break;
        }
        if (report.accepted + report.retrying + report.failed == 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));  // nothing due yet
        }
    }
    const auto waiting = store.pendingCount().value_or(-1);
    std::printf("accepted %d, retries %d, refused %d, still waiting %lld\n", total.accepted, total.retrying,
                total.failed, static_cast<long long>(waiting));
    exitCode = waiting == 0 ? kOk : kCheckFailed;
}

}  // namespace

void addOutboxCommand(CLI::App &app, const GlobalOptions &options, int &exitCode)
{
    auto *outbox = app.add_subcommand("outbox", "Applications waiting for the portal (no personal data shown)");
    outbox->require_subcommand(1);

    outbox->add_subcommand("list", "List the outbox: reference, state, attempts, last error, receipt")
        ->callback([&options, &exitCode] { list(options, exitCode); });

    static std::string retryRef;
    auto *retry = outbox->add_subcommand("retry", "Send waiting or refused applications again now");
    retry->add_option("REF", retryRef, "Local reference; all when left out");
    retry->callback([&options, &exitCode] {
        auto db = openKioskDatabase(options, exitCode);
        if (!db) {
            return;
        }
        auto count = OutboxStore(*db).retryNow(retryRef, wallMs(SystemClock{}));
        std::printf("%lld entries put back in line\n", static_cast<long long>(count.value_or(0)));
        exitCode = count && (*count > 0 || retryRef.empty()) ? kOk : kCheckFailed;
    });

    static std::string purgeRef;
    static int olderThanDays = -1;
    auto *purge = outbox->add_subcommand("purge", "Delete one entry, or accepted entries older than N days");
    auto *refOption = purge->add_option("--ref", purgeRef, "Delete this entry, whatever its state");
    purge->add_option("--accepted-older-than", olderThanDays, "Days")->excludes(refOption)->check(CLI::Range(0, 3650));
    purge->callback([&options, &exitCode] {
        if (purgeRef.empty() && olderThanDays < 0) {
            std::fprintf(stderr, "motcua: give --ref REF or --accepted-older-than DAYS\n");
            exitCode = kUsage;
            return;
        }
        auto db = openKioskDatabase(options, exitCode);
        if (!db) {
            return;
        }
        OutboxStore store(*db);
        const auto cutoff = wallMs(SystemClock{}) - int64_t{olderThanDays} * 86'400'000;
        auto count = purgeRef.empty() ? store.purgeAccepted(cutoff) : store.purge(purgeRef);
        std::printf("%lld entries deleted\n", static_cast<long long>(count.value_or(0)));
        exitCode = count ? kOk : kCheckFailed;
    });

    static int timeoutSeconds = 600;
    auto *drainCommand = outbox->add_subcommand("drain", "Send everything waiting, then exit");
    drainCommand->add_option("--timeout", timeoutSeconds, "Give up after this many seconds")->check(CLI::Range(1, 86400));
    drainCommand->callback([&options, &exitCode] { drain(options, timeoutSeconds, exitCode); });
}

}  // namespace motcua::cli

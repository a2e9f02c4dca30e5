#include "kiosk/cli/guide_command.h"

#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "kiosk/cli/audit_command.h"
#include "kiosk/core/percentiles.h"
#include "kiosk/guide/guide_accounts.h"

namespace motcua::cli {
namespace {

std::string readLine(bool echo)
{
    termios saved{};
    const bool terminal = ::isatty(STDIN_FILENO) != 0 && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal && !echo) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) {
        line.pop_back();
    }
    return line;
}

// From a terminal: asked twice, not echoed. From a pipe: the first line.
Result<std::string> readNewPin(const std::string &name)
{
    if (::isatty(STDIN_FILENO) == 0) {
        auto pin = readLine(true);
        if (pin.empty()) {
            return fail("guide.no_pin", "no PIN on stdin (give it as the first line)");
        }
        return pin;
    }
    std::fprintf(stderr, "New PIN for %s (6-12 digits): ", name.c_str());
    auto pin = readLine(false);
    std::fprintf(stderr, "Repeat the PIN: ");
    if (readLine(false) != pin) {
        return fail("guide.pin_mismatch", "the two PINs differ");
    }
    return pin;
}

bool isInputError(const std::string &code)
{
    return code.rfind("guide.", 0) == 0 && code != "guide.hash";
}

void report(const GlobalOptions &options, const std::string &action, const std::string &name, const Status &status,
            int &exitCode)
{
    if (options.json) {
        nlohmann::json out{{"ok", status.has_value()}, {"action", action}, {"name", name}};
        if (!status) {
            out["error"] = status.error().code;
            out["message"] = status.error().message;
        }
        std::puts(out.dump(2).c_str());
    } else if (status) {
        std::printf("guide %s: %s\n", name.c_str(), action.c_str());
    } else {
        std::fprintf(stderr, "motcua: %s (%s)\n", status.error().message.c_str(), status.error().code.c_str());
    }
    exitCode = status ? kOk : (isInputError(status.error().code) ? kUsage : kCheckFailed);
}

enum class Change { Add, Disable, Enable, ResetPin };

void change(const GlobalOptions &options, Change what, const std::string &name, const std::string &roleName,
            int &exitCode)
{
    static const char *const kActions[] = {"added", "disabled", "enabled", "PIN reset"};
    const std::string action = kActions[static_cast<int>(what)];
    const auto role = guideRoleFromName(roleName);
    if (!role) {
        report(options, action, name, unexpected(role.error()), exitCode);
        return;
    }
    Result<std::string> pin = std::string();
    if (what == Change::Add || what == Change::ResetPin) {
        pin = readNewPin(name);
        if (!pin) {
            report(options, action, name, unexpected(pin.error()), exitCode);
            return;
        }
    }
    auto db = openKioskDatabase(options, exitCode);
    if (!db) {
        return;
    }
    SystemClock clock;
    AuditLog audit(*db, clock);
    GuideAccounts guides(*db, audit, clock);
    const auto actor = cliActor();
    Status status;
    switch (what) {
    case Change::Add: status = guides.add(name, *pin, actor, *role); break;
    case Change::Disable: status = guides.disable(name, actor); break;
    case Change::Enable: status = guides.enable(name, actor); break;
    case Change::ResetPin: status = guides.resetPin(name, *pin, actor); break;
    }
    report(options, action, name, status, exitCode);
}

std::string stateOf(const GuideAccount &account, int64_t nowMs)
{
    if (!account.active) {
        return "disabled";
    }
    return account.lockedUntilMs > nowMs ? "locked" : "active";
}

void list(const GlobalOptions &options, int &exitCode)
{
    auto db = openKioskDatabase(options, exitCode);
    if (!db) {
        return;
    }
    SystemClock clock;
    AuditLog audit(*db, clock);
    auto accounts = GuideAccounts(*db, audit, clock).list();
    if (!accounts) {
        std::fprintf(stderr, "motcua: %s\n", accounts.error().message.c_str());
        exitCode = kCheckFailed;
        return;
    }
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(clock.wallNow().time_since_epoch()).count();
    if (options.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &account : *accounts) {
            out.push_back({{"name", account.name},
                           {"role", guideRoleName(account.role)},
                           {"state", stateOf(account, now)},
                           {"failed_attempts", account.failedAttempts},
                           {"lockouts", account.lockouts},
                           {"locked_until_ms", account.lockedUntilMs},
                           {"last_login_ms", account.lastLoginMs},
                           {"created_at_ms", account.createdAtMs}});
        }
        std::puts(out.dump(2).c_str());
    } else {
        std::printf("%-32s %-10s %-9s %7s %9s  %s\n", "NAME", "ROLE", "STATE", "WRONG", "LOCKOUTS", "LOCKED FOR");
        for (const auto &account : *accounts) {
            const auto lockedFor = account.lockedUntilMs > now ? (account.lockedUntilMs - now + 999) / 1000 : 0;
            std::printf("%-32s %-10s %-9s %7d %9d  %s\n", account.name.c_str(), guideRoleName(account.role),
                        stateOf(account, now).c_str(),
                        account.failedAttempts, account.lockouts,
                        lockedFor > 0 ? (std::to_string(lockedFor) + " s").c_str() : "-");
        }
        std::printf("%zu guides\n", accounts->size());
    }
    exitCode = kOk;
}

double threadCpuMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

void benchPin(const GlobalOptions &options, int runs, int &exitCode)
{
    const auto cost = PinHashCost::interactive();
    const auto hashStart = std::chrono::steady_clock::now();
    auto hash = hashPin("470913", cost);
    const double hashMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - hashStart).count();
    if (!hash) {
        std::fprintf(stderr, "motcua: %s\n", hash.error().message.c_str());
        exitCode = kCheckFailed;
        return;
    }
    // Wall time is what a guide waits; CPU time shows the cost when other work shares the cores.
    std::vector<double> samples, cpuSamples;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = threadCpuMs();
        const bool ok = verifyPin(*hash, i % 2 == 0 ? "470913" : "470914");
        cpuSamples.push_back(threadCpuMs() - cpuStart);
        samples.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (ok != (i % 2 == 0)) {
            std::fprintf(stderr, "motcua: PIN verification gave a wrong answer\n");
            exitCode = kCheckFailed;
            return;
        }
    }
    const auto summary = summarize(samples);
    const auto cpu = summarize(cpuSamples);
    const auto memMiB = static_cast<double>(cost.memLimit) / (1024.0 * 1024.0);
    if (options.json) {
        nlohmann::json out{{"algorithm", "argon2id"},        {"ops_limit", cost.opsLimit},
                           {"mem_limit_mib", memMiB},          {"hash_ms", hashMs},
                           {"runs", runs},                     {"verify_median_ms", summary.median},
                           {"verify_p95_ms", summary.p95},     {"verify_max_ms", summary.max},
                           {"verify_cpu_median_ms", cpu.median}};
        std::puts(out.dump(2).c_str());
    } else {
        std::printf("argon2id t=%llu m=%.0f MiB: hash %.1f ms; verify over %d runs: median %.1f ms, p95 %.1f ms, "
                    "max %.1f ms (CPU median %.1f ms)\n",
                    cost.opsLimit, memMiB, hashMs, runs, summary.median, summary.p95, summary.max, cpu.median);
    }
    exitCode = kOk;
}

}  // namespace

void addGuideCommand(CLI::App &app, const GlobalOptions &options, int &exitCode)
{
    auto *guide = app.add_subcommand("guide", "Police guides' accounts (PIN read from the terminal or stdin)");
    guide->require_subcommand(1);
    static std::string name;
    static std::string role = "guide";
    const auto addChange = [&](const char *command, const char *help, Change what) {
        auto *sub = guide->add_subcommand(command, help);
        sub->add_option("NAME", name, "Account name: a-z 0-9 . - _, 2-32 characters")->required();
        sub->callback([&options, &exitCode, what] { change(options, what, name, role, exitCode); });
        return sub;
    };
    addChange("add", "Create an account; asks for its PIN", Change::Add)
        ->add_option("--role", role, "guide (default) or technician: a technician may also close the kiosk")
        ->check(CLI::IsMember({"guide", "technician"}));
    addChange("disable", "Refuse the account's logins from now on", Change::Disable);
    addChange("enable", "Accept a disabled account's logins again", Change::Enable);
    addChange("reset-pin", "Set a new PIN; also lifts a lock-out", Change::ResetPin);
    guide->add_subcommand("list", "Accounts, their state and lock-outs (no PINs, no hashes)")
        ->callback([&options, &exitCode] { list(options, exitCode); });
}

void addBenchGuidePinCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode)
{
    static int runs = 20;
    auto *command = bench.add_subcommand("guide-pin", "Cost of one guide PIN check (argon2id, interactive limits)");
    command->add_option("--runs", runs, "Verifications to time")->check(CLI::Range(1, 1000));
    command->callback([&options, &exitCode] { benchPin(options, runs, exitCode); });
}

}  // namespace motcua::cli

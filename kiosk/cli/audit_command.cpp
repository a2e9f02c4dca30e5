#include "kiosk/cli/audit_command.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>

#include "kiosk/audit/audit_log.h"
#include "kiosk/core/clock.h"
#include "kiosk/core/data_paths.h"
#include "kiosk/store/migrations.h"

namespace motcua::cli {
namespace {

constexpr int64_t kHanoiOffsetMs = 7 * 3600 * 1000;

std::string hanoiTime(int64_t ms)
{
    const std::time_t seconds = static_cast<std::time_t>((ms + kHanoiOffsetMs) / 1000);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char text[24];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &parts);
    return text;
}

// "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" (either with 'T'), Hanoi time.
std::optional<int64_t> parseSince(const std::string &text)
{
    std::tm parts{};
    int year = 0, month = 0, day = 0, hour = 0, minute = 0;
    char separator = 0;
    const int fields = std::sscanf(text.c_str(), "%4d-%2d-%2d%c%2d:%2d", &year, &month, &day, &separator, &hour,
                                   &minute);
    if (!(fields == 3 || (fields == 6 && (separator == 'T' || separator == ' '))) || month < 1 || month > 12 ||
        day < 1 || day > 31 || hour > 23 || minute > 59) {
        return std::nullopt;
    }
    parts.tm_year = year - 1900;
    parts.tm_mon = month - 1;
    parts.tm_mday = day;
    parts.tm_hour = hour;
    parts.tm_min = minute;
    return static_cast<int64_t>(timegm(&parts)) * 1000 - kHanoiOffsetMs;
}

void verify(const GlobalOptions &options, int &exitCode)
{
    auto db = openKioskDatabase(options, exitCode);
    if (!db) {
        return;
    }
    SystemClock clock;
    AuditLog log(*db, clock);
    auto result = log.verify();
    if (!result) {
        std::fprintf(stderr, "motcua: %s\n", result.error().message.c_str());
        exitCode = kCheckFailed;
        return;
    }
    if (options.json) {
        nlohmann::json problems = nlohmann::json::array();
        for (const auto &problem : result->problems) {
            problems.push_back({{"seq", problem.seq}, {"kind", problem.kind}, {"message", problem.message}});
        }
        nlohmann::json out{{"intact", result->intact()},
                           {"rows", result->rows},
                           {"head_seq", result->head.seq},
                           {"head_hash", result->head.hash},
                           {"problems", problems}};
        std::puts(out.dump(2).c_str());
    } else if (result->intact()) {
        std::printf("audit log intact: %lld rows, head %lld %s\n", static_cast<long long>(result->rows),
                    static_cast<long long>(result->head.seq), result->head.hash.c_str());
    } else {
        std::printf("audit log TAMPERED: %zu problems in %lld rows\n", result->problems.size(),
                    static_cast<long long>(result->rows));
        for (const auto &problem : result->problems) {
            std::printf("  row %lld: %s: %s\n", static_cast<long long>(problem.seq), problem.kind.c_str(),
                        problem.message.c_str());
        }
    }
    exitCode = result->intact() ? kOk : kCheckFailed;
}

void list(const GlobalOptions &options, const std::string &since, int &exitCode)
{
    int64_t sinceMs = 0;
    if (!since.empty()) {
        const auto parsed = parseSince(since);
        if (!parsed) {
            std::fprintf(stderr, "motcua: --since takes YYYY-MM-DD or YYYY-MM-DDTHH:MM (Hanoi time), not '%s'\n",
                         since.c_str());
            exitCode = kUsage;
            return;
        }
        sinceMs = *parsed;
    }
    auto db = openKioskDatabase(options, exitCode);
    if (!db) {
        return;
    }
    SystemClock clock;
    auto records = AuditLog(*db, clock).list(sinceMs);
    if (!records) {
        std::fprintf(stderr, "motcua: %s\n", records.error().message.c_str());
        exitCode = kCheckFailed;
        return;
    }
    if (options.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &record : *records) {
            out.push_back({{"seq", record.seq},
                           {"at_ms", record.atMs},
                           {"event", record.event},
                           {"actor", record.actor},
                           {"detail", record.detail},
                           {"hash", record.hash}});
        }
        std::puts(out.dump(2).c_str());
    } else {
        std::printf("%6s  %-19s  %-26s %-16s %s\n", "SEQ", "TIME (HANOI)", "EVENT", "ACTOR", "DETAIL");
        for (const auto &record : *records) {
            std::printf("%6lld  %-19s  %-26s %-16s %s\n", static_cast<long long>(record.seq),
                        hanoiTime(record.atMs).c_str(), record.event.c_str(), record.actor.c_str(),
                        record.detail.c_str());
        }
        std::printf("%zu rows\n", records->size());
    }
    exitCode = kOk;
}

}  // namespace

std::optional<Database> openKioskDatabase(const GlobalOptions &options, int &exitCode)
{
    const auto config = loadConfigOrReport(options);
    if (!config) {
        exitCode = kUsage;
        return std::nullopt;
    }
    auto dir = ensureDataDirectory(*config);
    auto db = dir ? openStore(*dir / "motcua.sqlite") : Result<Database>(unexpected(dir.error()));
    if (!db) {
        std::fprintf(stderr, "motcua: %s\n", db.error().message.c_str());
        exitCode = kCheckFailed;
        return std::nullopt;
    }
    return std::move(*db);
}

std::string cliActor()
{
    const passwd *user = ::getpwuid(::geteuid());
    return std::string("cli:") + (user != nullptr ? user->pw_name : std::to_string(::geteuid()));
}

void addAuditCommand(CLI::App &app, const GlobalOptions &options, int &exitCode)
{
    auto *audit = app.add_subcommand("audit", "The append-only audit log (guide logins, assisted sessions, reprints …)");
    audit->require_subcommand(1);
    audit->add_subcommand("verify", "Check the hash chain; names each changed or deleted row (exit 1)")
        ->callback([&options, &exitCode] { verify(options, exitCode); });
    static std::string since;
    auto *listCommand = audit->add_subcommand("list", "Show the audit log, oldest first");
    listCommand->add_option("--since", since, "From this Hanoi day or time: YYYY-MM-DD[THH:MM]");
    listCommand->callback([&options, &exitCode] { list(options, since, exitCode); });
}

}  // namespace motcua::cli

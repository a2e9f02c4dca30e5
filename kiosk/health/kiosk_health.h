#pragma once
// A kiosk's health at one moment, as a technician (guide mode, the fleet
// listing) needs it: devices, portal link, outbox, out-of-service, disk.
// Plain data, no personal data: codes, counts, ages, device paths and URLs.
// collectKioskHealth blocks (CUPS, HTTPS): call it off the UI thread.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "kiosk/core/config.h"
#include "kiosk/core/health_check.h"
#include "kiosk/core/result.h"
#include "kiosk/print/printer.h"

namespace motcua {

enum class HealthState { Ok, Warning, Fault, Absent };  // Absent: not configured on this kiosk
const char *healthStateName(HealthState state);
HealthState healthStateFromName(const std::string &name);  // unknown names read as Fault

struct ComponentHealth {
    HealthState state = HealthState::Absent;
    std::string code;  // stable problem code ("printer.media_empty"), empty when fine
    std::string detail;  // English, for the technician
};

enum class PaperLevel { Ok, Low, Out, Unknown };
const char *paperLevelName(PaperLevel level);

struct KioskHealth {
    std::string version;
    std::string siteId;
    std::string kioskId;
    int64_t atUnixSeconds = 0;
    int64_t uptimeSeconds = 0;
    ComponentHealth printer;
    PaperLevel paper = PaperLevel::Unknown;
    ComponentHealth camera;
    ComponentHealth scanner;
    ComponentHealth portal;
    std::optional<int64_t> portalLatencyMs;
    std::optional<int64_t> outboxDepth;  // applications waiting for the portal; none when the store is unreadable
    int64_t outboxFailed = 0;  // given up on: a person must look
    std::optional<int64_t> lastAcceptedAgeSeconds;  // none: nothing accepted yet
    bool outOfService = false;
    std::string outOfServiceMessage;  // what the citizen reads; set by staff
    std::optional<int64_t> diskFreeBytes;
    std::optional<int64_t> diskTotalBytes;
    std::string lastCommand;  // outcome of the last remote command: "applied", a refusal code, or empty
};

// The probes behind a snapshot, replaceable for tests. Real ones: probesFor().
struct KioskHealthProbes {
    std::function<Result<PrinterStatus>()> printer;  // empty: no printer configured
    std::function<HealthCheck()> camera;
    std::function<HealthCheck()> scanner;
    std::function<HealthCheck()> portal;
};

// CUPS status through a printer of its own, presence of the camera and scanner
// devices (the camera is not opened: the kiosk may be using it), the portal's /health.
KioskHealthProbes probesFor(const Config &config);

// What only the running kiosk knows.
struct KioskHealthContext {
    std::chrono::steady_clock::time_point startedAt = std::chrono::steady_clock::now();
    std::chrono::system_clock::time_point now = std::chrono::system_clock::now();
    bool outOfService = false;
    std::string outOfServiceMessage;
    std::string lastCommand;
};

// Opens its own connection to `databaseFile` (safe on any thread).
KioskHealth collectKioskHealth(const Config &config, const std::filesystem::path &databaseFile,
                               const KioskHealthProbes &probes, const KioskHealthContext &context);

std::string kioskHealthJson(const KioskHealth &health);  // compact, one line
Result<KioskHealth> kioskHealthFromJson(const std::string &json);

}  // namespace motcua

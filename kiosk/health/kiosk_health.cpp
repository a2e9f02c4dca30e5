#include "kiosk/health/kiosk_health.h"

#include <nlohmann/json.hpp>

#include "drivers/printer/printer_factory.h"
#include "drivers/scanner/scanner_probe.h"
#include "kiosk/core/version.h"
#include "kiosk/portal/portal_probe.h"
#include "kiosk/store/database.h"

namespace motcua {
namespace {

using Json = nlohmann::json;

HealthCheck cameraPresence(const CameraConfig &config)
{
    const std::string name = "camera";
    std::error_code error;
    if (config.backend == "none") {
        return HealthCheck::skipped(name, "no camera configured");
    }
    if (config.backend == "fake") {
        return HealthCheck::ok(name, "fake camera");
    }
    const auto &path = config.backend == "v4l2" ? config.device : config.source;
    if (path.empty() || !std::filesystem::exists(path, error)) {
        return HealthCheck::failed(name, "camera.missing");
    }
    return HealthCheck::ok(name, config.backend + " " + path);
}

ComponentHealth fromCheck(const HealthCheck &check)
{
    switch (check.verdict) {
    case Verdict::Ok: return {HealthState::Ok, {}, check.detail};
    case Verdict::Skipped: return {HealthState::Absent, {}, check.detail};
    case Verdict::Failed: break;
    }
    return {HealthState::Fault, check.subsystem + ".fault", check.detail};
}

void readPrinter(const KioskHealthProbes &probes, KioskHealth &health)
{
    if (!probes.printer) {
        health.printer = {HealthState::Absent, {}, "no printer configured"};
        return;
    }
    auto status = probes.printer();
    if (!status) {
        health.printer = {HealthState::Fault, status.error().code, status.error().message};
        return;
    }
    health.paper = PaperLevel::Ok;
    for (const auto &problem : status->problems) {
        if (problem.code == "printer.media_empty") {
            health.paper = PaperLevel::Out;
        } else if (problem.code == "printer.media_low" && health.paper == PaperLevel::Ok) {
            health.paper = PaperLevel::Low;
        }
    }
    if (const auto blocking = status->blockingProblem()) {
        health.printer = {HealthState::Fault, blocking->code, blocking->guideMessage};
    } else if (status->state == PrinterState::Stopped || !status->acceptingJobs) {
        const auto stopped = printerStoppedProblem();
        health.printer = {HealthState::Fault, stopped.code, stopped.guideMessage};
    } else if (!status->problems.empty()) {
        health.printer = {HealthState::Warning, status->problems.front().code, status->problems.front().guideMessage};
    } else {
        health.printer = {HealthState::Ok, {}, "queue " + status->destination};
    }
}

void readStore(const std::filesystem::path &file, int64_t nowMs, KioskHealth &health)
{
    auto db = Database::open(file);
    if (!db) {
        return;
    }
    auto counts = db->prepare(
        "SELECT coalesce(sum(state = 'pending'), 0), coalesce(sum(state = 'failed'), 0),"
        " max(CASE WHEN state = 'accepted' THEN accepted_at END) FROM outbox");
    if (!counts || !counts->step().value_or(false)) {
        return;
    }
    health.outboxDepth = counts->columnInt(0);
    health.outboxFailed = counts->columnInt(1);
    if (!counts->columnIsNull(2)) {
        health.lastAcceptedAgeSeconds = std::max<int64_t>(0, (nowMs - counts->columnInt(2)) / 1000);
    }
}

Json component(const ComponentHealth &c)
{
    return {{"state", healthStateName(c.state)}, {"code", c.code}, {"detail", c.detail}};
}

ComponentHealth componentFrom(const Json &j)
{
    return {healthStateFromName(j.value("state", "fault")), j.value("code", ""), j.value("detail", "")};
}

template <class T>
Json optional(const std::optional<T> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

std::optional<int64_t> optionalFrom(const Json &j, const char *key)
{
    if (!j.contains(key) || !j[key].is_number_integer()) {
        return std::nullopt;
    }
    return j[key].get<int64_t>();
}

}  // namespace

const char *healthStateName(HealthState state)
{
    switch (state) {
    case HealthState::Ok: return "ok";
    case HealthState::Warning: return "warning";
    case HealthState::Fault: return "fault";
    case HealthState::Absent: return "none";
    }
    return "fault";
}

HealthState healthStateFromName(const std::string &name)
{
    if (name == "ok") {
        return HealthState::Ok;
    }
    if (name == "warning") {
        return HealthState::Warning;
    }
    return name == "none" ? HealthState::Absent : HealthState::Fault;
}

const char *paperLevelName(PaperLevel level)
{
    switch (level) {
    case PaperLevel::Ok: return "ok";
    case PaperLevel::Low: return "low";
    case PaperLevel::Out: return "out";
    case PaperLevel::Unknown: return "unknown";
    }
    return "unknown";
}

KioskHealthProbes probesFor(const Config &config)
{
    KioskHealthProbes probes;
    if (config.devices.printer.backend != "none") {
        probes.printer = [printerConfig = config.devices.printer]() -> Result<PrinterStatus> {
            auto printer = makePrinter(printerConfig);
            if (!printer) {
                return unexpected(printer.error());
            }
            return (*printer)->status();
        };
    }
    probes.camera = [camera = config.devices.camera] { return cameraPresence(camera); };
    probes.scanner = [scanner = config.devices.scanner] { return probeScanner(scanner); };
    probes.portal = [portal = config.devices.portal] { return probePortal(portal); };
    return probes;
}

KioskHealth collectKioskHealth(const Config &config, const std::filesystem::path &databaseFile,
                               const KioskHealthProbes &probes, const KioskHealthContext &context)
{
    using namespace std::chrono;
    KioskHealth health;
    health.version = kVersion;
    health.siteId = config.site.id;
    health.kioskId = config.site.kioskId;
    health.atUnixSeconds = duration_cast<seconds>(context.now.time_since_epoch()).count();
    health.uptimeSeconds = duration_cast<seconds>(steady_clock::now() - context.startedAt).count();
    readPrinter(probes, health);
    health.camera = probes.camera ? fromCheck(probes.camera()) : ComponentHealth{};
    health.scanner = probes.scanner ? fromCheck(probes.scanner()) : ComponentHealth{};
    if (probes.portal) {
        const auto started = steady_clock::now();
        health.portal = fromCheck(probes.portal());
        if (health.portal.state == HealthState::Ok) {
            health.portalLatencyMs = duration_cast<milliseconds>(steady_clock::now() - started).count();
        }
    }
    readStore(databaseFile, duration_cast<milliseconds>(context.now.time_since_epoch()).count(), health);
    health.outOfService = context.outOfService;
    health.outOfServiceMessage = context.outOfServiceMessage;
    health.lastCommand = context.lastCommand;
    std::error_code error;
    const auto space = std::filesystem::space(databaseFile.parent_path(), error);
    if (!error) {
        health.diskFreeBytes = static_cast<int64_t>(space.available);
        health.diskTotalBytes = static_cast<int64_t>(space.capacity);
    }
    return health;
}

std::string kioskHealthJson(const KioskHealth &h)
{
    Json printer = component(h.printer);
    printer["paper"] = paperLevelName(h.paper);
    Json portal = component(h.portal);
    portal["latency_ms"] = optional(h.portalLatencyMs);
    const Json document{
        {"schema", 1},
        {"version", h.version},
        {"site", h.siteId},
        {"kiosk", h.kioskId},
        {"at", h.atUnixSeconds},
        {"uptime_s", h.uptimeSeconds},
        {"printer", printer},
        {"camera", component(h.camera)},
        {"scanner", component(h.scanner)},
        {"portal", portal},
        {"outbox", {{"depth", optional(h.outboxDepth)}, {"failed", h.outboxFailed}}},
        {"last_accepted_age_s", optional(h.lastAcceptedAgeSeconds)},
        {"out_of_service", {{"active", h.outOfService}, {"message", h.outOfServiceMessage}}},
        {"disk", {{"free_bytes", optional(h.diskFreeBytes)}, {"total_bytes", optional(h.diskTotalBytes)}}},
        {"last_command", h.lastCommand},
    };
    return document.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<KioskHealth> kioskHealthFromJson(const std::string &json)
{
    const auto j = Json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("kiosk") || !j["kiosk"].is_string()) {
        return fail("fleet.bad_health", "not a kiosk health message");
    }
    try {
        KioskHealth h;
        h.version = j.value("version", "");
        h.siteId = j.value("site", "");
        h.kioskId = j.value("kiosk", "");
        h.atUnixSeconds = j.value("at", int64_t{0});
        h.uptimeSeconds = j.value("uptime_s", int64_t{0});
        const auto printer = j.value("printer", Json::object());
        h.printer = componentFrom(printer);
        const auto paper = printer.value("paper", "unknown");
        h.paper = paper == "ok" ? PaperLevel::Ok : paper == "low" ? PaperLevel::Low
                : paper == "out" ? PaperLevel::Out : PaperLevel::Unknown;
        h.camera = componentFrom(j.value("camera", Json::object()));
        h.scanner = componentFrom(j.value("scanner", Json::object()));
        const auto portal = j.value("portal", Json::object());
        h.portal = componentFrom(portal);
        h.portalLatencyMs = optionalFrom(portal, "latency_ms");
        const auto outbox = j.value("outbox", Json::object());
        h.outboxDepth = optionalFrom(outbox, "depth");
        h.outboxFailed = outbox.value("failed", int64_t{0});
        h.lastAcceptedAgeSeconds = optionalFrom(j, "last_accepted_age_s");
        const auto outOfService = j.value("out_of_service", Json::object());
        h.outOfService = outOfService.value("active", false);
        h.outOfServiceMessage = outOfService.value("message", "");
        const auto disk = j.value("disk", Json::object());
        h.diskFreeBytes = optionalFrom(disk, "free_bytes");
        h.diskTotalBytes = optionalFrom(disk, "total_bytes");
        h.lastCommand = j.value("last_command", "");
        return h;
    } catch (const Json::exception &error) {
        return fail("fleet.bad_health", std::string("malformed health message: ") + error.what());
    }
}

}  // namespace motcua

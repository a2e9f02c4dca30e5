#include "kiosk/health/system_checks.h"

#include "drivers/camera/camera_probe.h"
#include "drivers/printer/cups_probe.h"
#include "drivers/scanner/scanner_probe.h"
#include "kiosk/core/data_paths.h"
#include "kiosk/portal/portal_probe.h"
#include "kiosk/store/migrations.h"

namespace motcua {

HealthCheck checkConfig(const Config &config)
{
    return HealthCheck::ok("config", config.sourceFile.empty() ? "built-in defaults"
                                                                : "loaded " + config.sourceFile);
}

HealthCheck checkStore(const Config &config)
{
    auto dir = ensureDataDirectory(config);
    if (!dir) {
        return HealthCheck::failed("store", dir.error().message);
    }
    const auto file = *dir / "motcua.sqlite";
    auto db = openStore(file);
    if (!db) {
        return HealthCheck::failed("store", db.error().message);
    }
    if (auto probe = db->execute("SELECT count(*) FROM kiosk_state"); !probe) {
        return HealthCheck::failed("store", probe.error().message);
    }
    return HealthCheck::ok("store", file.string() + " schema " + std::to_string(db->schemaVersion()) + ", " +
                                        db->journalMode());
}

HealthReport checkDevices(const Config &config)
{
    return {probeCamera(config.devices.camera), probeScanner(config.devices.scanner),
            probePrinter(config.devices.printer), probePortal(config.devices.portal)};
}

HealthReport runSystemChecks(const Config &config)
{
    HealthReport report{checkConfig(config), checkStore(config)};
    for (auto &check : checkDevices(config)) {
        report.push_back(std::move(check));
    }
    return report;
}

}  // namespace motcua

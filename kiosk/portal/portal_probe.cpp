#include "kiosk/portal/portal_probe.h"

#include <chrono>

#include "kiosk/portal/https_portal_client.h"

namespace motcua {

HealthCheck probePortal(const PortalConfig &config)
{
    const std::string name = "portal";
    if (config.backend == "none") {
        return HealthCheck::skipped(name, "no portal configured");
    }
    if (config.backend == "fake") {
        return HealthCheck::ok(name, "fake portal (fault injection)");
    }
    HttpsPortalClient client(config);
    const auto started = std::chrono::steady_clock::now();
    auto health = client.health();
    if (!health) {
        return HealthCheck::failed(name, config.url + " " + health.error().error.code + ": " +
                                             health.error().error.message);
    }
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    return HealthCheck::ok(name, config.url + " healthy in " + std::to_string(ms) + " ms");
}

}  // namespace motcua

#include "kiosk/portal/portal_client_factory.h"

#include "kiosk/portal/fake_portal_client.h"
#include "kiosk/portal/https_portal_client.h"

namespace motcua {

std::unique_ptr<PortalClient> makePortalClient(const PortalConfig &config)
{
    if (config.backend == "https") {
        return std::make_unique<HttpsPortalClient>(config);
    }
    if (config.backend == "fake") {
        return std::make_unique<FakePortalClient>();
    }
    return nullptr;
}

}  // namespace motcua

#pragma once
#include <memory>

#include "kiosk/core/config.h"
#include "kiosk/portal/portal_client.h"

namespace motcua {

// The backend named by devices.portal.backend: https, fake, or none (nullptr).
std::unique_ptr<PortalClient> makePortalClient(const PortalConfig &config);

}  // namespace motcua

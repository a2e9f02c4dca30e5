#pragma once
// The site's services as the queue sees them, from the [queue] configuration.
#include <vector>

#include "kiosk/core/config.h"
#include "kiosk/queue/queue_types.h"

namespace motcua::queue {

std::vector<Service> servicesFromConfig(const QueueConfig &config);

}  // namespace motcua::queue

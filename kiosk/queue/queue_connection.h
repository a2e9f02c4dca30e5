#pragma once
// The queue as configured: the embedded queue in this device's own database
// ([queue] mode = "embedded"), or the site's motcua-hub over HTTPS ("hub").
#include <memory>

#include "kiosk/core/clock.h"
#include "kiosk/core/config.h"
#include "kiosk/queue/queue_hub.h"
#include "kiosk/store/database.h"

namespace motcua::queue {

struct QueueConnection {
    std::unique_ptr<Database> db;  // the device's store: embedded queue or the kiosk's leases
    std::unique_ptr<QueueHub> hub;
    bool embedded = true;
};

Result<QueueConnection> connectQueue(const Config &config, const Clock &clock);


}  // namespace motcua::queue

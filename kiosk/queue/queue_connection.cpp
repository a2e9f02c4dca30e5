#include "kiosk/queue/queue_connection.h"

#include "kiosk/core/data_paths.h"
#include "kiosk/queue/embedded_queue_hub.h"
#include "kiosk/queue/https_queue_hub.h"
#include "kiosk/queue/services_from_config.h"
#include "kiosk/store/migrations.h"

namespace motcua::queue {

Result<QueueConnection> connectQueue(const Config &config, const Clock &clock)
{
    if (config.queue.mode == "off") {
        return fail("queue.off", "the queue is switched off in the configuration ([queue] mode = \"off\")");
    }
    auto dir = ensureDataDirectory(config);
    if (!dir) {
        return unexpected(dir.error());
    }
    auto db = openStore(*dir / "motcua.sqlite");
    if (!db) {
        return unexpected(db.error());
    }
    QueueConnection connection;
    connection.db = std::make_unique<Database>(std::move(*db));
    if (config.queue.mode == "embedded") {
        connection.hub =
            std::make_unique<EmbeddedQueueHub>(*connection.db, clock, servicesFromConfig(config.queue));
        return connection;
    }
    HubEndpoint endpoint;
    endpoint.url = config.queue.hubUrl;
    endpoint.caFile = config.queue.caFile;
    endpoint.clientCert = config.queue.clientCert;
    endpoint.clientKey = config.queue.clientKey;
    auto hub = HttpsQueueHub::create(endpoint);
    if (!hub) {
        return unexpected(hub.error());
    }
    connection.hub = std::move(*hub);
    connection.embedded = false;
    return connection;
}

}  // namespace motcua::queue

#include "kiosk/queue/queue_log.h"

Q_LOGGING_CATEGORY(lcQueue, "motcua.queue")

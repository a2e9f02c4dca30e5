#pragma once
#include "kiosk/core/result.h"

namespace motcua {

// sodium_init() once per process; safe to call from any thread, any number of times.
Status ensureSodium();

}  // namespace motcua

#include "kiosk/privacy/sodium_init.h"

#include <sodium.h>

namespace motcua {

Status ensureSodium()
{
    // sodium_init() is itself thread-safe and idempotent (0 first time, 1 afterwards).
    static const int rc = sodium_init();
    if (rc < 0) {
        return fail("privacy.sodium", "libsodium could not be initialised");
    }
    return {};
}

}  // namespace motcua

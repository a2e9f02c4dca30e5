// The VietQR parser reads whatever a camera or a portal hands it: it must
// refuse any malformed payload with an error, never crash, and whatever it
// accepts must build back to a payload it accepts again.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kiosk/form/vietqr.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto payment = motcua::form::parseVietQr(text);
    if (!payment) {
        return 0;
    }
    const auto rebuilt = motcua::form::buildVietQr(*payment);
    if (rebuilt) {
        const auto again = motcua::form::parseVietQr(*rebuilt);
        if (!again || !(*again == *payment)) {
            std::abort();
        }
    }
    return 0;
}

// The configuration parser must refuse any text with a problem, never crash.
#include <cstdint>
#include <string_view>

#include "kiosk/core/config_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto config = motcua::parseConfig(text, "fuzz.toml");
    if (!config) {
        (void)config.error().describe();
    }
    return 0;
}

// Whatever the portal (or something pretending to be it) answers, the
// kiosk's parsers return a value or an error: never a crash, never a throw.
#include <cstdint>
#include <string_view>

#include "kiosk/portal/portal_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    (void)motcua::parseReceipt(body);
    (void)motcua::parseStatus(body);
    (void)motcua::parseCatalogue(body);
    (void)motcua::parseErrorMessage(body);
    (void)motcua::submissionFromJson(body);
    return 0;
}

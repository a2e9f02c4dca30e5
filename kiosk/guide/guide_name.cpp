#include "kiosk/guide/guide_name.h"

#include <string>

namespace motcua {

Status checkGuideName(std::string_view name)
{
    if (name.size() < 2 || name.size() > 32) {
        return fail("guide.bad_name", "a guide name has 2 to 32 characters");
    }
    for (const char c : name) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        if (!allowed) {
            return fail("guide.bad_name", "a guide name uses only a-z, 0-9, '.', '-' and '_'");
        }
    }
    return {};
}

}  // namespace motcua

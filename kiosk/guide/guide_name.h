#pragma once
// A guide account's name: a short handle such as "thuy.nt" or "can-bo-03",
// lower-case ASCII letters, digits, '.', '-', '_', 2–32 characters. It is
// shown on the guide screens and written to the audit log.
#include <string_view>

#include "kiosk/core/result.h"

namespace motcua {

Status checkGuideName(std::string_view name);

}  // namespace motcua

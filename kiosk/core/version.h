#pragma once

namespace motcua {
inline constexpr const char *kVersion = MOTCUA_VERSION;
}

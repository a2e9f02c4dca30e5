#pragma once
// The bank behind a NAPAS BIN, so the payment screen can say "VietinBank"
// next to the QR code rather than six digits. Only the banks the portal is
// likely to collect fees through; unknown BINs show the number.
#include <string>
#include <string_view>

namespace motcua::form {

std::string bankNameForBin(std::string_view bin);  // "" when not known

}  // namespace motcua::form

#include "kiosk/form/napas_banks.h"

#include <array>
#include <utility>

namespace motcua::form {

std::string bankNameForBin(std::string_view bin)
{
    // NAPAS BINs of the state-owned and largest joint-stock banks (VietQR bank list).
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kBanks{{
        {"970415", "VietinBank"},
        {"970436", "Vietcombank"},
        {"970418", "BIDV"},
        {"970405", "Agribank"},
        {"970422", "MB Bank"},
        {"970407", "Techcombank"},
        {"970416", "ACB"},
        {"970432", "VPBank"},
        {"970423", "TPBank"},
        {"970403", "Sacombank"},
    }};
    for (const auto &[code, name] : kBanks) {
        if (code == bin) {
            return std::string(name);
        }
    }
    return {};
}

}  // namespace motcua::form

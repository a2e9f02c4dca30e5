#pragma once
// What a decoded code is, at a glance, so that a wrong kind of code gets a
// reason ("this is a payment code") instead of a generic refusal.
#include <string_view>

namespace motcua {

enum class CodeKind {
    Empty,
    CccdLike,     // '|'-separated, starts with digits: try the ID card parser
    MotcuaReceipt,  // MOTCUA:R:… printed by this kiosk
    Url,          // http(s)://, www., or any scheme://
    VietQr,       // EMVCo merchant-presented payment code (000201…)
    Other,
};

CodeKind classifyCode(std::string_view text);

const char *codeKindName(CodeKind kind);

}  // namespace motcua

#include "kiosk/scan/code_kind.h"

#include <algorithm>
#include <cctype>

#include "kiosk/scan/receipt_code.h"

namespace motcua {
namespace {

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
}

bool looksLikeUrl(std::string_view text)
{
    if (startsWithNoCase(text, "www.")) {
        return true;
    }
    // scheme ":" "//" with an RFC 3986 scheme before it.
    const auto colon = text.find("://");
    if (colon == std::string_view::npos || colon == 0) {
        return false;
    }
    return std::all_of(text.begin(), text.begin() + static_cast<long>(colon), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
    });
}

}  // namespace

CodeKind classifyCode(std::string_view text)
{
    while (!text.empty() && (text.back() == '\r' || text.back() == '\n')) {
        text.remove_suffix(1);
    }
    if (text.empty()) {
        return CodeKind::Empty;
    }
    if (text.starts_with(kReceiptQrPrefix)) {
        return CodeKind::MotcuaReceipt;
    }
    // EMVCo payload format indicator "00" "02" "01" opens every VietQR code.
    if (text.starts_with("000201")) {
        return CodeKind::VietQr;
    }
    if (looksLikeUrl(text)) {
        return CodeKind::Url;
    }
    if (text.find('|') != std::string_view::npos && std::isdigit(static_cast<unsigned char>(text.front()))) {
        return CodeKind::CccdLike;
    }
    return CodeKind::Other;
}

const char *codeKindName(CodeKind kind)
{
    switch (kind) {
    case CodeKind::Empty: return "empty";
    case CodeKind::CccdLike: return "cccd";
    case CodeKind::MotcuaReceipt: return "receipt";
    case CodeKind::Url: return "url";
    case CodeKind::VietQr: return "vietqr";
    case CodeKind::Other: return "other";
    }
    return "other";
}

}  // namespace motcua

#include "kiosk/scan/receipt_code.h"

#include <algorithm>

namespace motcua {
namespace {

bool isUpperAlnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

}  // namespace

bool isValidReceiptNumber(std::string_view number)
{
    if (number.size() < 3 || number.size() > 40 || !isUpperAlnum(number.front()) || !isUpperAlnum(number.back())) {
        return false;
    }
    if (number.find("--") != std::string_view::npos) {
        return false;
    }
    return std::all_of(number.begin(), number.end(), [](char c) { return isUpperAlnum(c) || c == '-' || c == '.'; });
}

Result<std::string> encodeReceiptQr(std::string_view receiptNumber)
{
    if (!isValidReceiptNumber(receiptNumber)) {
        return fail("receipt.number", "Số biên nhận không hợp lệ");
    }
    return std::string(kReceiptQrPrefix) + std::string(receiptNumber);
}

Result<std::string> parseReceiptQr(std::string_view payload)
{
    while (!payload.empty() && (payload.back() == '\r' || payload.back() == '\n')) {
        payload.remove_suffix(1);
    }
    if (!payload.starts_with(kReceiptQrPrefix)) {
        return fail("receipt.not_receipt", "Mã QR không phải mã biên nhận của một cửa");
    }
    const auto number = payload.substr(kReceiptQrPrefix.size());
    if (!isValidReceiptNumber(number)) {
        return fail("receipt.number", "Số biên nhận trong mã QR không hợp lệ, vui lòng quét lại");
    }
    return std::string(number);
}

}  // namespace motcua

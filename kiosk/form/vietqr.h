#pragma once
// VietQR (NAPAS 247 transfer by QR, an EMVCo merchant-presented payload):
// what the kiosk renders so any Vietnamese banking app can pay the fee.
//   00 "01" format · 01 "11" static / "12" dynamic (with amount)
//   38 { 00 "A000000727" NAPAS GUID · 01 { 00 bank BIN · 01 account/card } · 02 service }
//   53 "704" VND · 54 amount · 58 "VN" · 62 { 01 bill number · 08 purpose } · 63 CRC
// See docs/vietqr.md for the sources.
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/result.h"

namespace motcua::form {

enum class VietQrService { ToAccount, ToCard };  // QRIBFTTA, QRIBFTTC

struct VietQrPayment {
    std::string bankBin;  // 6 digits, e.g. 970416
    std::string account;  // account or card number, up to 19 letters/digits
    VietQrService service = VietQrService::ToAccount;
    std::optional<long long> amountVnd;  // present → dynamic QR ("12")
    std::string billNumber;              // 62/01, ≤ 25 printable ASCII
    std::string purpose;                 // 62/08, ≤ 25 printable ASCII (no diacritics)

    bool operator==(const VietQrPayment &) const = default;
};

// Error codes vietqr.bin, vietqr.account, vietqr.amount, vietqr.text.
Result<std::string> buildVietQr(const VietQrPayment &payment);

// Checks layout and CRC. Error codes tlv.* (see emv_tlv.h), vietqr.crc,
// vietqr.format, vietqr.guid, vietqr.bin, vietqr.account, vietqr.service,
// vietqr.currency, vietqr.amount, vietqr.country, vietqr.missing.
Result<VietQrPayment> parseVietQr(std::string_view payload);

}  // namespace motcua::form

#pragma once
// The QR code motcua prints on its receipts: "MOTCUA:R:<receipt number>".
// Shared by the printing side (encode) and the scanning side (parse) so the
// two can never drift apart. Format and reasons: docs/scanning.md.
#include <string>
#include <string_view>

#include "kiosk/core/result.h"

namespace motcua {

inline constexpr std::string_view kReceiptQrPrefix = "MOTCUA:R:";

// A receipt number: 3–40 of A–Z 0–9 '-' '.', starting and ending with A–Z/0–9,
// no "--". Upper-case only so the whole payload fits QR alphanumeric mode
// (smaller code) and survives keyboard-wedge scanners, which garble non-ASCII.
bool isValidReceiptNumber(std::string_view number);

// "MOTCUA:R:HN1-20250704-0042"; error receipt.number for an invalid number.
Result<std::string> encodeReceiptQr(std::string_view receiptNumber);

// The receipt number inside a scanned payload (trailing CR/LF ignored);
// errors receipt.not_receipt, receipt.number.
Result<std::string> parseReceiptQr(std::string_view payload);

}  // namespace motcua

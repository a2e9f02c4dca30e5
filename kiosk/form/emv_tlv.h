#pragma once
// EMVCo QR (merchant-presented mode) building blocks: "ID LEN VALUE" fields
// with a 2-digit id and a 2-digit decimal length, and the CRC-16/CCITT-FALSE
// of tag 63 (poly 0x1021, init 0xFFFF, no reflection, no final xor).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/result.h"

namespace motcua::form {

struct TlvField {
    std::string id;     // "00" … "99"
    std::string value;  // 0–99 bytes
};

std::uint16_t crc16CcittFalse(std::string_view data);
std::string crcHex(std::uint16_t crc);  // 4 upper-case hex digits

// Error codes tlv.truncated, tlv.id, tlv.length.
Result<std::vector<TlvField>> parseTlv(std::string_view text);

// Error code tlv.too_long when the value exceeds 99 bytes.
Result<std::string> encodeTlv(std::string_view id, std::string_view value);

}  // namespace motcua::form

#include "kiosk/form/emv_tlv.h"

#include <cstdio>

namespace motcua::form {
namespace {

bool twoDigits(std::string_view s)
{
    return s.size() == 2 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9';
}

}  // namespace

std::uint16_t crc16CcittFalse(std::string_view data)
{
    std::uint16_t crc = 0xFFFF;
    for (unsigned char byte : data) {
        crc ^= static_cast<std::uint16_t>(byte << 8);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 0x8000) ? static_cast<std::uint16_t>((crc << 1) ^ 0x1021) : static_cast<std::uint16_t>(crc << 1);
        }
    }
    return crc;
}

std::string crcHex(std::uint16_t crc)
{
    char buffer[5];
    std::snprintf(buffer, sizeof buffer, "%04X", static_cast<unsigned>(crc));
    return buffer;
}

Result<std::vector<TlvField>> parseTlv(std::string_view text)
{
    std::vector<TlvField> fields;
    size_t at = 0;
    while (at < text.size()) {
        if (text.size() - at < 4) {
            return fail("tlv.truncated", "A field header needs 4 characters");
        }
        const std::string_view id = text.substr(at, 2);
        const std::string_view length = text.substr(at + 2, 2);
        if (!twoDigits(id)) {
            return fail("tlv.id", "A field id must be two digits");
        }
        if (!twoDigits(length)) {
            return fail("tlv.length", "A field length must be two digits");
        }
        const size_t size = static_cast<size_t>((length[0] - '0') * 10 + (length[1] - '0'));
        if (text.size() - at - 4 < size) {
            return fail("tlv.truncated", "A field runs past the end of the payload");
        }
        fields.push_back({std::string(id), std::string(text.substr(at + 4, size))});
        at += 4 + size;
    }
    return fields;
}

Result<std::string> encodeTlv(std::string_view id, std::string_view value)
{
    if (value.size() > 99) {
        return fail("tlv.too_long", "A field value has at most 99 characters");
    }
    char length[3];
    std::snprintf(length, sizeof length, "%02zu", value.size());
    return std::string(id) + length + std::string(value);
}

}  // namespace motcua::form

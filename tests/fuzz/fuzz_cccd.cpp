// The ID card payload parser sees whatever a camera or a scanner produced:
// it must refuse or accept any bytes, never crash, and what it accepts must
// hold the invariants the form relies on.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kiosk/scan/cccd_payload.h"
#include "kiosk/scan/code_kind.h"
#include "kiosk/scan/receipt_code.h"
#include "kiosk/scan/scanned_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const motcua::CivilDate today{2025, 7, 1};
    const auto payload = motcua::parseCccdPayload(bytes, today);
    if (payload) {
        // Accepted payloads are clean enough to put on a form.
        if (payload->id.digits.size() != 12 || !motcua::isWellFormedUtf8(payload->fullName) ||
            !motcua::isWellFormedUtf8(payload->address) || payload->issueDate > today ||
            payload->issueDate < payload->birthDate) {
            std::abort();
        }
    } else if (payload.error().code.empty() || payload.error().message.empty()) {
        std::abort();
    }
    (void)motcua::classifyCode(bytes);
    if (const auto number = motcua::parseReceiptQr(bytes)) {
        // Whatever parses re-encodes to the same number.
        const auto again = motcua::encodeReceiptQr(*number);
        if (!again || *motcua::parseReceiptQr(*again) != *number) {
            std::abort();
        }
    }
    return 0;
}

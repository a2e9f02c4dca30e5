#pragma once
// The QR payload on the chip-based citizen ID card (CCCD, Circular 06/2021/TT-BCA)
// and on the Căn cước card issued since 1 July 2024 (Circular 16/2024/TT-BCA).
// Variants and sources: docs/scanning.md. A wrong read is worse than no read,
// so the parser is strict and cross-checks the fields against each other;
// every refusal carries a reason a citizen can act on.
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/personal_id_number.h"
#include "kiosk/core/result.h"
#include "kiosk/scan/civil_date.h"

namespace motcua {

enum class CccdVariant {
    SevenFields,  // ID12|oldID|name|dob|sex|address|issued   (old ID may be empty)
    SixFields,    // ID12|name|dob|sex|address|issued         (no old ID field)
    Extended,     // the seven fields, then fields newer cards may add
};

struct CccdPayload {
    CccdVariant variant = CccdVariant::SevenFields;
    PersonalIdNumber id;
    std::string oldIdNumber;  // 9-digit CMND, 12-digit CMND, or empty
    std::string fullName;     // NFC UTF-8, as printed
    CivilDate birthDate;
    Sex sex = Sex::Male;
    std::string address;      // permanent address / place of residence, NFC
    CivilDate issueDate;
    // Fields after the seventh on newer cards (parents' names, cancelled ID
    // numbers …). Their order is not published, so they are kept, checked for
    // clean text, and never used to prefill anything.
    std::vector<std::string> extraFields;
};

// Most fields a payload may have; anything longer is not an ID card's QR.
inline constexpr size_t kCccdMaxFields = 16;
// Longest payload accepted, in bytes (a version-40 QR holds ~2.9 kB).
inline constexpr size_t kCccdMaxBytes = 2048;

// Parses scanner or decoder output. `today` comes from the injected clock.
// Error codes: cccd.* (see cccd_payload.cpp); messages are Vietnamese.
Result<CccdPayload> parseCccdPayload(std::string_view bytes, const CivilDate &today);

const char *variantName(CccdVariant variant);

}  // namespace motcua

#pragma once
// What an accepted ID-card QR puts on the passport form (TK01 keys, see
// kiosk/form/form_fields.cpp). Only what the card states is filled: the name
// split into surname and the rest, sex, birth and issue dates, the ID number,
// and the permanent address. The address is matched to the bundled
// administrative units only when a part of it names exactly one unit; cards
// printed before the 2025 merger name units that no longer exist, and those
// are left for the citizen to pick rather than guessed.
#include <map>
#include <string>

#include "kiosk/form/admin_units.h"
#include "kiosk/scan/cccd_payload.h"

namespace motcua {

struct CardAddress {
    std::string provinceCode;  // 2-digit code, or empty when no part matched exactly one province
    std::string communeCode;   // 5-digit code, or empty
    std::string street;        // the house, street, hamlet part; may be empty
};

// "Số 12 phố Hàng Bông, Phường Hoàn Kiếm, Hà Nội" → 01 / 00070 / "Số 12 phố Hàng Bông".
CardAddress splitCardAddress(const std::string &address, const form::AdminUnits &units);

// Form key → value, ready for PassportWizard::prefillFromCard.
std::map<std::string, std::string> cardFormAnswers(const CccdPayload &card, const form::AdminUnits &units);

}  // namespace motcua

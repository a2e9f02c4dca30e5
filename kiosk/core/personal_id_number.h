#pragma once
// The 12-digit personal identification number (số định danh cá nhân) on the
// chip ID card, per Decree 137/2015/ND-CP art. 13 and Circular 07/2016/TT-BCA
// art. 7: digits 1–3 the province where the birth was registered, digit 4
// century and sex, digits 5–6 the last two digits of the birth year, digits
// 7–12 random. No check digit is published, so this is a structure check.
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/result.h"

namespace motcua {

enum class Sex { Male, Female };

struct PersonalIdNumber {
    std::string digits;  // exactly 12
    std::string provinceCode;  // "001"
    std::string provinceName;  // as registered before the 2025 merger, e.g. "Hà Nội"
    Sex sex = Sex::Male;
    int birthCentury = 1900;  // 1900, 2000, 2100 …
    int birthYearLastTwo = 0;
};

// Name of the province behind a 3-digit code, or nothing for an unknown code.
std::optional<std::string_view> provinceForIdCode(std::string_view code);

// Checks the structure; error codes: id.length, id.digits, id.province.
Result<PersonalIdNumber> parsePersonalIdNumber(std::string_view text);

// Checks that the number agrees with a sex and a birth year from elsewhere
// (the card's other fields, or the form); error codes id.sex, id.birth_year.
Status checkIdMatchesPerson(const PersonalIdNumber &id, Sex sex, int birthYear);

}  // namespace motcua

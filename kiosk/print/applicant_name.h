#pragma once
#include <string>

namespace motcua {

// A receipt left on a counter should not spell out a citizen's full name:
// keep the family name, reduce every other word to its initial, in capitals.
// "Nguyễn Văn An" → "NGUYỄN V. A". Idempotent, NFC, empty stays empty.
std::string shortenApplicantName(const std::string &fullName);

}  // namespace motcua

#pragma once
// Checks on text that came out of a QR code or a scanner, before any of it is
// shown or prefilled: strict UTF-8, Unicode NFC, and the character repertoire
// of Vietnamese names and addresses. A decoder or a keyboard-wedge scanner that
// mangled a letter fails here instead of putting a wrong name on a form.
#include <optional>
#include <string>
#include <string_view>

namespace motcua {

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, ≤ U+10FFFF.
bool isWellFormedUtf8(std::string_view bytes);

// The code points of well-formed UTF-8; nothing for anything else.
std::optional<std::u32string> decodeUtf8(std::string_view bytes);

// Unicode Normalization Form C. Card data and Vietnamese keyboards may use
// decomposed tone marks (e.g. "Nữ" as u + horn + tilde); comparisons and the
// form need one spelling. Input must be well-formed UTF-8.
std::string toNfc(std::string_view utf8);

// A letter of the Vietnamese alphabet in NFC (a–z, A–Z incl. f j w z used in
// ethnic minority names, and the precomposed vowels with tone marks, đ Đ).
bool isVietnameseLetter(char32_t c);

// A person's name: letters, single spaces between words, ' and - inside words
// (Ê Đê names such as "H'Hen"). No digits, no leading or trailing space.
bool isPlausibleVietnameseName(std::u32string_view name);

// An address: letters, digits, spaces and common punctuation, with a letter.
bool isPlausibleVietnameseAddress(std::u32string_view address);

// C0/C1 control characters or DEL (what a misread or a binary payload leaves).
bool containsControlCharacter(std::u32string_view text);

}  // namespace motcua

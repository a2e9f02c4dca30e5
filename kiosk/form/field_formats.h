#pragma once
// Format checks of single answers. Each returns the error code, or nothing
// when the text is acceptable. Empty answers are the rules' business
// (required or not), not these.
#include <optional>
#include <string>
#include <string_view>

namespace motcua::form {

using Problem = std::optional<std::string_view>;

// Vietnamese mobile number: 10 digits from 0, or +84/84 and 9 digits; spaces,
// dots and dashes ignored. Codes phone.format, phone.prefix.
Problem mobileNumberProblem(std::string_view text);
// "+84 912-345-678" → "0912345678"; "" when not a number at all.
std::string normalizeMobileNumber(std::string_view text);

// A practical check (one @, dotted domain, no spaces), not RFC 5322. Code email.format.
Problem emailProblem(std::string_view text);

// One upper-case letter and 7 digits (C1234567). Code passport.format.
Problem passportNumberProblem(std::string_view text);

// Letters Vietnamese writes, spaces, hyphens, apostrophes; at most maxChars
// characters. Codes name.characters, text.too_long.
Problem personNameProblem(std::string_view text, size_t maxChars = 60);

// Length in characters, not bytes. Code text.too_long.
Problem textLengthProblem(std::string_view text, size_t maxChars);

}  // namespace motcua::form

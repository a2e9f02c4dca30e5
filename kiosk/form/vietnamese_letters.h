#pragma once
// The Vietnamese alphabet as parts: a Latin base letter, a mark that makes a
// new letter (â ă ê ô ơ ư đ) and a tone (sắc, huyền, hỏi, ngã, nặng). The
// composer, the diacritics remover and the name rule all work on these parts.
#include <optional>

namespace motcua::form {

enum class Tone { None, Acute, Grave, Hook, Tilde, Dot };  // –, sắc, huyền, hỏi, ngã, nặng
enum class Mark { None, Circumflex, Breve, Horn, Stroke };   // –, â ê ô, ă, ơ ư, đ

struct LetterParts {
    char32_t base = 0;  // lower-case a–z
    bool upper = false;
    Mark mark = Mark::None;
    Tone tone = Tone::None;
};

// Parts of a precomposed (NFC) Latin letter used in Vietnamese, or nothing
// for anything else (digits, other scripts, letters such as ñ or ü).
std::optional<LetterParts> decomposeLetter(char32_t c);

// The precomposed letter, or nothing when Vietnamese has no such letter
// (a tone on a consonant, a horn on an a …).
std::optional<char32_t> composeLetter(const LetterParts &parts);

bool isVowelBase(char32_t lowerBase);

}  // namespace motcua::form

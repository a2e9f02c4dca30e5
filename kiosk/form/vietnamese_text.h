#pragma once
// Text helpers for Vietnamese input: NFC normalisation (scanners and some
// keyboards send decomposed marks), diacritic folding for typed search
// ("dong da" finds "Đống Đa"), and the letter check for names.
#include <string>
#include <string_view>

namespace motcua::form {

// Unicode NFC (Qt's normaliser), so "e" + U+0302 + U+0301 becomes "ế".
std::string normalizeNfc(std::string_view utf8);

// NFC, then every Vietnamese letter to its plain Latin base: "Đống Đa" → "Dong Da".
// Other characters pass through unchanged (combining marks are dropped).
std::string removeDiacritics(std::string_view utf8);

// Search key: no diacritics, lower case, runs of spaces and '-' as one space, trimmed.
std::string foldForSearch(std::string_view utf8);

// Trims, collapses inner white space to one space, NFC.
std::string tidyText(std::string_view utf8);

// True when every character is a Latin letter Vietnamese writes (including
// f j w z and the marked vowels, as minority-language names use them), a
// space, an apostrophe or a hyphen ("H'Hen Niê", "Nguyễn Thị Ánh-Dương").
bool isVietnameseNameText(std::string_view utf8);

// Upper case, keeping the marks: "Nguyễn Văn An" → "NGUYỄN VĂN AN" (the form
// is filled in capitals).
std::string toUpperVietnamese(std::string_view utf8);

}  // namespace motcua::form

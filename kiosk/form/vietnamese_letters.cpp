#include "kiosk/form/vietnamese_letters.h"

#include <array>
#include <string_view>

namespace motcua::form {
namespace {

struct VowelRow {
    char32_t base;
    Mark mark;
    std::u32string_view lower;  // tones in enum order: none, sắc, huyền, hỏi, ngã, nặng
    std::u32string_view upper;
};

constexpr std::array<VowelRow, 12> kVowels = {{
    {U'a', Mark::None, U"aáàảãạ", U"AÁÀẢÃẠ"},
    {U'a', Mark::Breve, U"ăắằẳẵặ", U"ĂẮẰẲẴẶ"},
    {U'a', Mark::Circumflex, U"âấầẩẫậ", U"ÂẤẦẨẪẬ"},
    {U'e', Mark::None, U"eéèẻẽẹ", U"EÉÈẺẼẸ"},
    {U'e', Mark::Circumflex, U"êếềểễệ", U"ÊẾỀỂỄỆ"},
    {U'i', Mark::None, U"iíìỉĩị", U"IÍÌỈĨỊ"},
    {U'o', Mark::None, U"oóòỏõọ", U"OÓÒỎÕỌ"},
    {U'o', Mark::Circumflex, U"ôốồổỗộ", U"ÔỐỒỔỖỘ"},
    {U'o', Mark::Horn, U"ơớờởỡợ", U"ƠỚỜỞỠỢ"},
    {U'u', Mark::None, U"uúùủũụ", U"UÚÙỦŨỤ"},
    {U'u', Mark::Horn, U"ưứừửữự", U"ƯỨỪỬỮỰ"},
    {U'y', Mark::None, U"yýỳỷỹỵ", U"YÝỲỶỸỴ"},
}};

}  // namespace

bool isVowelBase(char32_t b)
{
    return b == U'a' || b == U'e' || b == U'i' || b == U'o' || b == U'u' || b == U'y';
}

std::optional<LetterParts> decomposeLetter(char32_t c)
{
    if (c >= U'a' && c <= U'z') {
        return LetterParts{c, false, Mark::None, Tone::None};
    }
    if (c >= U'A' && c <= U'Z') {
        return LetterParts{static_cast<char32_t>(c - U'A' + U'a'), true, Mark::None, Tone::None};
    }
    if (c == U'đ') {
        return LetterParts{U'd', false, Mark::Stroke, Tone::None};
    }
    if (c == U'Đ') {
        return LetterParts{U'd', true, Mark::Stroke, Tone::None};
    }
    for (const auto &row : kVowels) {
        for (size_t t = 0; t < row.lower.size(); ++t) {
            if (row.lower[t] == c) {
                return LetterParts{row.base, false, row.mark, static_cast<Tone>(t)};
            }
            if (row.upper[t] == c) {
                return LetterParts{row.base, true, row.mark, static_cast<Tone>(t)};
            }
        }
    }
    return std::nullopt;
}

std::optional<char32_t> composeLetter(const LetterParts &parts)
{
    if (parts.base < U'a' || parts.base > U'z') {
        return std::nullopt;
    }
    if (!isVowelBase(parts.base)) {
        if (parts.tone != Tone::None) {
            return std::nullopt;
        }
        if (parts.mark == Mark::Stroke && parts.base == U'd') {
            return parts.upper ? U'Đ' : U'đ';
        }
        if (parts.mark != Mark::None) {
            return std::nullopt;
        }
        return parts.upper ? static_cast<char32_t>(parts.base - U'a' + U'A') : parts.base;
    }
    for (const auto &row : kVowels) {
        if (row.base == parts.base && row.mark == parts.mark) {
            const auto t = static_cast<size_t>(parts.tone);
            return parts.upper ? row.upper[t] : row.lower[t];
        }
    }
    return std::nullopt;
}

}  // namespace motcua::form

#include "kiosk/scan/scanned_text.h"

#include <QString>
#include <algorithm>

namespace motcua {
namespace {

// The precomposed vowels of Vietnamese (5 tones × a ă â e ê i o ô ơ u ư y,
// both cases) outside ASCII, plus đ/Đ. Anything else with a diacritic is not
// Vietnamese and marks a misread.
constexpr std::u32string_view kVietnameseNonAscii =
    U"àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    U"ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";

bool isAsciiLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

}  // namespace

std::optional<std::u32string> decodeUtf8(std::string_view bytes)
{
    std::u32string out;
    out.reserve(bytes.size());
    size_t i = 0;
    while (i < bytes.size()) {
        const auto b0 = static_cast<unsigned char>(bytes[i]);
        if (b0 < 0x80) {
            out.push_back(b0);
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2, cp = b0 & 0x1F, minimum = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3, cp = b0 & 0x0F, minimum = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4, cp = b0 & 0x07, minimum = 0x10000;
        } else {
            return std::nullopt;  // continuation byte first, C0/C1 overlong lead, or > U+10FFFF
        }
        if (i + static_cast<size_t>(length) > bytes.size()) {
            return std::nullopt;
        }
        for (int k = 1; k < length; ++k) {
            const auto b = static_cast<unsigned char>(bytes[i + static_cast<size_t>(k)]);
            if ((b & 0xC0) != 0x80) {
                return std::nullopt;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return std::nullopt;
        }
        out.push_back(cp);
        i += static_cast<size_t>(length);
    }
    return out;
}

bool isWellFormedUtf8(std::string_view bytes) { return decodeUtf8(bytes).has_value(); }

std::string toNfc(std::string_view utf8)
{
    const auto text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    return text.normalized(QString::NormalizationForm_C).toStdString();
}

bool isVietnameseLetter(char32_t c)
{
    return isAsciiLetter(c) || (c >= 0xC0 && kVietnameseNonAscii.find(c) != std::u32string_view::npos);
}

bool containsControlCharacter(std::u32string_view text)
{
    return std::any_of(text.begin(), text.end(),
                       [](char32_t c) { return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F); });
}

bool isPlausibleVietnameseName(std::u32string_view name)
{
    if (name.empty() || name.front() == U' ' || name.back() == U' ') {
        return false;
    }
    char32_t previous = U' ';
    for (const char32_t c : name) {
        if (isVietnameseLetter(c)) {
            previous = c;
            continue;
        }
        const bool joiner = c == U'\'' || c == U'-';
        // A space or joiner must follow a letter: no doubled spaces, no "-'".
        if ((c != U' ' && !joiner) || !isVietnameseLetter(previous)) {
            return false;
        }
        previous = c;
    }
    return isVietnameseLetter(name.back());
}

bool isPlausibleVietnameseAddress(std::u32string_view address)
{
    static constexpr std::u32string_view kPunctuation = U" ,.-/()'\";:#&+_";
    if (address.empty() || address.front() == U' ' || address.back() == U' ') {
        return false;
    }
    bool hasLetter = false;
    for (const char32_t c : address) {
        if (isVietnameseLetter(c)) {
            hasLetter = true;
        } else if (!isDigit(c) && kPunctuation.find(c) == std::u32string_view::npos) {
            return false;
        }
    }
    return hasLetter;
}

}  // namespace motcua

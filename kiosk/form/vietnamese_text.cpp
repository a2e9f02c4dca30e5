#include "kiosk/form/vietnamese_text.h"

#include <QString>

#include "kiosk/form/utf8.h"
#include "kiosk/form/vietnamese_letters.h"

namespace motcua::form {
namespace {

bool isCombiningMark(char32_t c) { return c >= 0x0300 && c <= 0x036F; }

bool isSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0; }

}  // namespace

std::string normalizeNfc(std::string_view utf8)
{
    const QString text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    return text.normalized(QString::NormalizationForm_C).toStdString();
}

std::string removeDiacritics(std::string_view utf8)
{
    std::u32string out;
    for (char32_t c : decodeUtf8(normalizeNfc(utf8))) {
        if (isCombiningMark(c)) {
            continue;
        }
        if (auto parts = decomposeLetter(c)) {
            out.push_back(parts->upper ? parts->base - U'a' + U'A' : parts->base);
        } else {
            out.push_back(c);
        }
    }
    return encodeUtf8(out);
}

std::string foldForSearch(std::string_view utf8)
{
    std::u32string out;
    bool pendingSpace = false;
    for (char32_t c : decodeUtf8(removeDiacritics(utf8))) {
        if (isSpace(c) || c == U'-' || c == U'_' || c == U',' || c == U'.') {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out.push_back(U' ');
            pendingSpace = false;
        }
        out.push_back(c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c);
    }
    return encodeUtf8(out);
}

std::string tidyText(std::string_view utf8)
{
    std::u32string out;
    bool pendingSpace = false;
    for (char32_t c : decodeUtf8(normalizeNfc(utf8))) {
        if (isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out.push_back(U' ');
            pendingSpace = false;
        }
        out.push_back(c);
    }
    return encodeUtf8(out);
}

bool isVietnameseNameText(std::string_view utf8)
{
    bool anyLetter = false;
    for (char32_t c : decodeUtf8(normalizeNfc(utf8))) {
        if (c == U' ' || c == U'\'' || c == U'-' || c == U'\u2019') {
            continue;
        }
        if (!decomposeLetter(c)) {
            return false;
        }
        anyLetter = true;
    }
    return anyLetter;
}

std::string toUpperVietnamese(std::string_view utf8)
{
    std::u32string out;
    for (char32_t c : decodeUtf8(normalizeNfc(utf8))) {
        auto parts = decomposeLetter(c);
        if (parts) {
            parts->upper = true;
            out.push_back(composeLetter(*parts).value_or(c));
        } else {
            out.push_back(c);
        }
    }
    return encodeUtf8(out);
}

}  // namespace motcua::form

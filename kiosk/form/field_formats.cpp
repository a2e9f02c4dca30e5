#include "kiosk/form/field_formats.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "kiosk/form/utf8.h"
#include "kiosk/form/vietnamese_text.h"

namespace motcua::form {
namespace {

// Mobile prefixes in service under the national numbering plan after the
// 2018 move from 11 to 10 digits (MIC Decision 798/QĐ-BTTTT, 2018; numbering
// plan of Circular 22/2014/TT-BTTTT): Viettel 032–039, 086, 096–098;
// MobiFone 070, 076–079, 089, 090, 093; VinaPhone 081–085, 088, 091, 094;
// Vietnamobile 052, 056, 058, 092; Gmobile 059, 099; Reddi 055; iTel 087.
constexpr std::string_view kMobilePrefixes[] = {
    "032", "033", "034", "035", "036", "037", "038", "039",                 //
    "052", "055", "056", "058", "059",                                      //
    "070", "076", "077", "078", "079",                                      //
    "081", "082", "083", "084", "085", "086", "087", "088", "089",          //
    "090", "091", "092", "093", "094", "096", "097", "098", "099",
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string normalizeMobileNumber(std::string_view text)
{
    std::string digits;
    bool plus = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            digits.push_back(c);
        } else if (c == '+' && digits.empty() && !plus) {
            plus = true;
        } else if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')') {
            return {};
        }
    }
    if (digits.starts_with("84") && (plus || digits.size() == 11)) {
        digits = "0" + digits.substr(2);
    } else if (plus) {
        return {};  // another country
    }
    return digits;
}

Problem mobileNumberProblem(std::string_view text)
{
    const std::string number = normalizeMobileNumber(text);
    if (number.size() != 10 || number[0] != '0') {
        return "phone.format";
    }
    const std::string_view prefix = std::string_view(number).substr(0, 3);
    if (std::find(std::begin(kMobilePrefixes), std::end(kMobilePrefixes), prefix) == std::end(kMobilePrefixes)) {
        return "phone.prefix";
    }
    return std::nullopt;
}

Problem emailProblem(std::string_view text)
{
    const size_t at = text.find('@');
    if (text.size() > 254 || at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) {
        return "email.format";
    }
    const std::string_view local = text.substr(0, at);
    const std::string_view domain = text.substr(at + 1);
    auto localOk = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("!#$%&'*+/=?^_`{|}~.-").find(c) !=
                                                                  std::string_view::npos;
    };
    if (local.size() > 64 || !std::all_of(local.begin(), local.end(), localOk) || local.front() == '.' ||
        local.back() == '.' || local.find("..") != std::string_view::npos) {
        return "email.format";
    }
    if (domain.size() < 3 || domain.find('.') == std::string_view::npos) {
        return "email.format";
    }
    size_t start = 0;
    while (start <= domain.size()) {
        const size_t dot = std::min(domain.find('.', start), domain.size());
        const std::string_view label = domain.substr(start, dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
            return "email.format";
        }
        for (char c : label) {
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') {
                return "email.format";
            }
        }
        start = dot + 1;
    }
    return std::nullopt;
}

Problem passportNumberProblem(std::string_view text)
{
    if (text.size() != 8 || text[0] < 'A' || text[0] > 'Z' || !std::all_of(text.begin() + 1, text.end(), isDigit)) {
        return "passport.format";
    }
    return std::nullopt;
}

Problem textLengthProblem(std::string_view text, size_t maxChars)
{
    if (decodeUtf8(text).size() > maxChars) {
        return "text.too_long";
    }
    return std::nullopt;
}

Problem personNameProblem(std::string_view text, size_t maxChars)
{
    if (!isVietnameseNameText(text)) {
        return "name.characters";
    }
    return textLengthProblem(normalizeNfc(text), maxChars);
}

}  // namespace motcua::form

#include "kiosk/feedback/comment_scrubber.h"

#include <regex>

namespace motcua::feedback {
namespace {

// Order matters: e-mail and dates before the digit runs they contain.
const std::regex &emailPattern()
{
    static const std::regex pattern(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
    return pattern;
}

const std::regex &datePattern()
{
    static const std::regex pattern(R"(\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b)");
    return pattern;
}

// Passport numbers: one letter and seven digits (C1234567, N…).
const std::regex &passportPattern()
{
    static const std::regex pattern(R"(\b[A-Za-z]\s?\d{7,8}\b)");
    return pattern;
}

// ID numbers (9 or 12 digits), phone numbers (0912 345 678, +84 912.345.678):
// any run of seven or more digits, whatever spaces, dots or dashes sit between them.
const std::regex &digitRunPattern()
{
    static const std::regex pattern(R"(\+?\d(?:[\s.()-]{0,2}\d){6,})");
    return pattern;
}

std::string collapseSpaces(const std::string &text)
{
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out.push_back(' ');
            space = false;
        }
        out.push_back(c);
    }
    return out;
}

}  // namespace

std::string scrubComment(const std::string &comment)
{
    std::string text = comment;
    for (const auto *pattern : {&emailPattern(), &datePattern(), &passportPattern(), &digitRunPattern()}) {
        text = std::regex_replace(text, *pattern, kRemovedMark);
    }
    text = collapseSpaces(text);
    if (text.size() > kMaxCommentBytes) {
        size_t cut = kMaxCommentBytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
            --cut;  // never split a letter's UTF-8 bytes
        }
        text.resize(cut);
    }
    return text;
}

}  // namespace motcua::feedback

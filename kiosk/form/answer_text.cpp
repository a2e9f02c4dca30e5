#include "kiosk/form/answer_text.h"

#include "kiosk/form/form_fields.h"

namespace motcua::form {
namespace {

// ASCII blanks, and U+00A0 NO-BREAK SPACE (C2 A0) that pasted text brings.
size_t blankAt(std::string_view text, size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        return 1;
    }
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
        return 2;
    }
    return 0;
}

}  // namespace

std::string tidyAnswer(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (size_t i = 0; i < text.size();) {
        if (const size_t blank = blankAt(text, i); blank > 0) {
            pendingSpace = !out.empty();
            i += blank;
            continue;
        }
        if (pendingSpace) {
            out.push_back(' ');
            pendingSpace = false;
        }
        out.push_back(text[i++]);
    }
    return out;
}

PassportForm tidiedForm(const PassportForm &form)
{
    PassportForm out;
    out.kind = form.kind;
    for (const auto &[key, value] : form.answers) {
        if (findField(form.kind, key) == nullptr) {
            continue;
        }
        auto tidy = tidyAnswer(value);
        if (!tidy.empty()) {
            out.answers.emplace(key, std::move(tidy));
        }
    }
    return out;
}

}  // namespace motcua::form

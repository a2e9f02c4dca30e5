#pragma once
// One passport declaration as the citizen fills it: which form (TK01 for
// applicants 14 and over, TK01a for a child under 14 declared by a parent or
// guardian) and the answers, keyed by the field keys of form_fields.h. Values
// are text exactly as entered (dates ISO YYYY-MM-DD, choices by value), so the
// wizard, the JSON file and the rules all speak the same keys.
#include <map>
#include <string>
#include <string_view>

namespace motcua::form {

enum class FormKind { Tk01, Tk01a };

std::string_view formKindName(FormKind kind);  // "TK01", "TK01a"

struct PassportForm {
    FormKind kind = FormKind::Tk01;
    std::map<std::string, std::string, std::less<>> answers;

    // The answer, or "" when the field was left empty.
    std::string_view answer(std::string_view key) const;
    bool has(std::string_view key) const { return !answer(key).empty(); }
    void set(std::string key, std::string value) { answers[std::move(key)] = std::move(value); }
};

}  // namespace motcua::form

#include "kiosk/form/form_json.h"

#include <nlohmann/json.hpp>

namespace motcua::form {

Result<ParsedForm> formFromJson(std::string_view text)
{
    const auto doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        return fail("form.json", "The file is not a JSON object");
    }
    const auto kind = doc.find("form");
    if (kind == doc.end() || !kind->is_string() || (*kind != "TK01" && *kind != "TK01a")) {
        return fail("form.kind", "\"form\" must be \"TK01\" or \"TK01a\"");
    }
    const auto answers = doc.find("answers");
    if (answers == doc.end() || !answers->is_object()) {
        return fail("form.json", "\"answers\" must be an object of field key to text");
    }
    ParsedForm parsed;
    parsed.form.kind = *kind == "TK01" ? FormKind::Tk01 : FormKind::Tk01a;
    for (const auto &[key, value] : answers->items()) {
        if (value.is_string()) {
            parsed.form.set(key, value.get<std::string>());
        } else if (!value.is_null()) {
            parsed.errors.push_back(makeFieldError(key, "form.not_text"));
        }
    }
    return parsed;
}

nlohmann::json formToJson(const PassportForm &form)
{
    nlohmann::json answers = nlohmann::json::object();
    for (const auto &[key, value] : form.answers) {
        if (!value.empty()) {
            answers[key] = value;
        }
    }
    return {{"form", std::string(formKindName(form.kind))}, {"answers", std::move(answers)}};
}

std::string formToJsonText(const PassportForm &form)
{
    return formToJson(form).dump(2);
}

}  // namespace motcua::form

#pragma once
// A declaration as a JSON file, for `motcua form check`, tests and the outbox:
//   {"form": "TK01", "answers": {"family_name": "Nguyễn", …}}
// Answers are strings; null counts as empty.
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "kiosk/core/result.h"
#include "kiosk/form/field_error.h"
#include "kiosk/form/passport_form.h"

namespace motcua::form {

struct ParsedForm {
    PassportForm form;
    FieldErrors errors;  // answers that were not text (form.not_text)
};

// Error codes form.json (not JSON / not an object / no answers object) and
// form.kind (missing or unknown "form").
Result<ParsedForm> formFromJson(std::string_view text);

nlohmann::json formToJson(const PassportForm &form);
std::string formToJsonText(const PassportForm &form);  // pretty, UTF-8

}  // namespace motcua::form

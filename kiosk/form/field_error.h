#pragma once
// One problem with one answer, as the wizard shows it next to the field and as
// `motcua form check` prints it. Codes are stable (tests and the portal key on
// them); messages come from error_messages.cpp and never contain the answer.
#include <string>
#include <vector>

namespace motcua::form {

struct FieldError {
    std::string field;  // field key, e.g. "date_of_birth"
    std::string code;   // e.g. "date.future"
    std::string messageVi;
    std::string messageEn;  // also the Linguist source, context "FieldError"
};

using FieldErrors = std::vector<FieldError>;

// The error for a code, with both messages filled in from the catalogue.
FieldError makeFieldError(std::string field, std::string code);

// Every code the catalogue has words for (the translation test walks them).
std::vector<std::string> knownErrorCodes();

}  // namespace motcua::form

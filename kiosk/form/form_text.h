#pragma once
// A text of the passport form in the reader's language. Vietnamese reads the
// words printed on the paper form (labelVi, messageVi); every other language
// reads the Linguist translation of the English source (context
// "PassportForm" for labels, choices and section titles, "FieldError" for
// messages), which is the English itself when a translation is missing.
// Place names and the ethnicity and religion lists are proper names and are
// not translated.
#include <QString>
#include <string_view>

namespace motcua::form {

inline constexpr char kFormContext[] = "PassportForm";
inline constexpr char kErrorContext[] = "FieldError";

// `en` must be the source text exactly as written in form_fields.cpp / error_messages.cpp.
QString formText(std::string_view vi, std::string_view en, const char *context, bool vietnamese);

}  // namespace motcua::form

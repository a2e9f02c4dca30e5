#pragma once
// Answers as they are checked and sent: without leading or trailing spaces
// and with runs of spaces (also tabs and no-break spaces) made one. What the
// citizen sees while typing is left alone, so a space typed between two
// words is not taken away under their finger.
#include <string>
#include <string_view>

#include "kiosk/form/passport_form.h"

namespace motcua::form {

std::string tidyAnswer(std::string_view text);

// Every answer tidied; answers that become empty are dropped, and so are
// answers to fields the form's kind does not have (kept aside by the wizard
// while the path is switched).
PassportForm tidiedForm(const PassportForm &form);

}  // namespace motcua::form

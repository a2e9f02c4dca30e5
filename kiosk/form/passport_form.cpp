#include "kiosk/form/passport_form.h"

namespace motcua::form {

std::string_view formKindName(FormKind kind)
{
    return kind == FormKind::Tk01 ? "TK01" : "TK01a";
}

std::string_view PassportForm::answer(std::string_view key) const
{
    const auto found = answers.find(key);
    return found == answers.end() ? std::string_view{} : std::string_view{found->second};
}

}  // namespace motcua::form

#pragma once
// The rules of the passport declaration, run as the citizen types (checkField)
// and again at review (checkForm). Each problem names the field and a stable
// code; see error_messages.cpp for the words and docs/passport-form.md for
// the list of rules.
#include <string_view>

#include "kiosk/form/admin_units.h"
#include "kiosk/form/civil_date.h"
#include "kiosk/form/field_error.h"
#include "kiosk/form/passport_form.h"
#include "kiosk/form/reference_list.h"

namespace motcua::form {

// The bundled lists the rules look answers up in.
struct FormReferenceData {
    const AdminUnits &adminUnits;
    const ReferenceList &ethnicities;
    const ReferenceList &religions;
};

// Every problem of the form, at most one per field, in form order then
// cross-field checks. `today` decides ages and "not in the future".
FieldErrors checkForm(const PassportForm &form, const FormReferenceData &refs, const Date &today);

// The problems of one field, cross-field rules included (the date of birth
// is re-checked against the ID number …).
FieldErrors checkField(const PassportForm &form, std::string_view key, const FormReferenceData &refs,
                       const Date &today);

// The form a person born on `birth` uses on `today`: TK01a under 14, else TK01.
FormKind formKindForAge(const Date &birth, const Date &today);

}  // namespace motcua::form

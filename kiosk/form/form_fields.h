#pragma once
// What the wizard shows: every field of TK01 and TK01a in the order of the
// paper forms (Circular 31/2023/TT-BCA), with its Vietnamese label as printed,
// an English label, the wizard topic it belongs to, whether it must be
// answered, and the kind of input it takes. docs/passport-form.md maps each
// key to the printed item. The English labels are also Linguist sources
// (context "PassportForm", see formText()): Chinese, Korean and Japanese
// screens show their translation; Vietnamese screens show labelVi as printed.
#include <span>
#include <string_view>

#include "kiosk/form/passport_form.h"

namespace motcua::form {

enum class InputKind {
    Text,            // free text (occupation, street …)
    PersonName,      // Vietnamese letters only
    Date,            // YYYY-MM-DD
    IdNumber,        // 12 digits
    Phone,           // Vietnamese mobile
    Email,
    Choice,          // one of choicesFor(key)
    Province,        // a province code from the admin-unit list
    Commune,         // a commune/ward code of the chosen province
    Ethnicity,       // a code from assets/lists/ethnicities.json
    Religion,        // a code from assets/lists/religions.json
    PassportNumber,  // one letter and 7 digits
    Confirmation,    // the declaration checkbox ("yes")
};

// Always: must be answered. Conditional: a rule decides from other answers
// (delivery address when sent by post, previous passport on re-issue …).
enum class Requirement { Always, Conditional, Optional };

struct FieldSpec {
    std::string_view key;
    std::string_view labelVi;
    std::string_view labelEn;
    std::string_view section;  // wizard topic, see sections()
    InputKind kind;
    Requirement requirement;
};

struct SectionSpec {
    std::string_view key;
    std::string_view titleVi;
    std::string_view titleEn;
};

struct ChoiceSpec {
    std::string_view value;
    std::string_view labelVi;
    std::string_view labelEn;
};

// The fields of one form, in the order they are printed.
std::span<const FieldSpec> fieldsFor(FormKind kind);
const FieldSpec *findField(FormKind kind, std::string_view key);

// Wizard topics in order; a form uses those its fields name.
std::span<const SectionSpec> sections();

// Allowed values of a Choice field (empty for other kinds).
std::span<const ChoiceSpec> choicesFor(std::string_view key);

// Keys of the fields that have choices (the translation test walks them).
std::span<const std::string_view> choiceKeys();

}  // namespace motcua::form

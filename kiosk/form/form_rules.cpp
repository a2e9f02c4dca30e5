#include "kiosk/form/form_rules.h"

#include <algorithm>

#include "kiosk/core/personal_id_number.h"
#include "kiosk/form/field_formats.h"
#include "kiosk/form/form_fields.h"

namespace motcua::form {
namespace {

using namespace std::chrono;

constexpr int kTk01MinimumAge = 14;        // Circular 31/2023/TT-BCA art. 4(1)(a),(b)
constexpr int kRepresentativeMinimumAge = 18;  // civil-law majority, Civil Code 2015 art. 20
constexpr int kMarriageAgeMale = 20;       // Law on Marriage and Family 2014 art. 8(1)(a)
constexpr int kMarriageAgeFemale = 18;
constexpr int kOldestPlausibleAge = 130;
// Cards carrying the 12-digit personal ID number exist since the Law on
// Citizen Identification 2014 took effect.
constexpr year_month_day kFirstIdCardDay{year{2016}, January, day{1}};

constexpr size_t kMaxNamePart = 60;
constexpr size_t kMaxShortText = 100;
constexpr size_t kMaxLongText = 250;

class FormChecker {
public:
    FormChecker(const PassportForm &form, const FormReferenceData &refs, const Date &today)
        : m_form(form), m_refs(refs), m_today(today)
    {
    }

    FieldErrors run()
    {
        checkUnknownFields();
        for (const FieldSpec &field : fieldsFor(m_form.kind)) {
            checkOneField(field);
        }
        checkAgePath();
        checkIdNumbers();
        checkIssueDates();
        checkAddressGroups();
        checkFamily();
        checkRequest();
        checkRepresentative();
        return std::move(m_errors);
    }

private:
    // One error per field: the first found is the one to fix first.
    void add(std::string_view key, std::string_view code)
    {
        if (hasError(key)) {
            return;
        }
        m_errors.push_back(makeFieldError(std::string(key), std::string(code)));
    }
    bool hasError(std::string_view key) const
    {
        return std::any_of(m_errors.begin(), m_errors.end(), [key](const FieldError &e) { return e.field == key; });
    }
    std::string_view answer(std::string_view key) const { return m_form.answer(key); }
    bool has(std::string_view key) const { return m_form.has(key); }
    bool onForm(std::string_view key) const { return findField(m_form.kind, key) != nullptr; }

    // A date answer that passed its own checks, or nothing.
    std::optional<Date> date(std::string_view key) const
    {
        if (!has(key) || hasError(key)) {
            return std::nullopt;
        }
        return parseIsoDate(answer(key)).date;
    }

    void checkUnknownFields()
    {
        for (const auto &[key, value] : m_form.answers) {
            if (!onForm(key)) {
                add(key, "form.unknown_field");
            }
        }
    }

    void checkOneField(const FieldSpec &field)
    {
        const std::string_view value = answer(field.key);
        if (value.empty()) {
            if (field.requirement == Requirement::Always) {
                add(field.key, "required");
            }
            return;
        }
        switch (field.kind) {
        case InputKind::Text:
            report(field.key, textLengthProblem(value, field.key.ends_with("street") || field.key == "workplace" ||
                                                               field.key == "request.details"
                                                           ? kMaxLongText
                                                           : kMaxShortText));
            break;
        case InputKind::PersonName: report(field.key, personNameProblem(value, kMaxNamePart)); break;
        case InputKind::Date: checkDate(field.key, value); break;
        case InputKind::IdNumber: {
            const auto id = parsePersonalIdNumber(value);
            if (!id) {
                add(field.key, id.error().code);
            }
            break;
        }
        case InputKind::Phone: report(field.key, mobileNumberProblem(value)); break;
        case InputKind::Email: report(field.key, emailProblem(value)); break;
        case InputKind::Choice:
        case InputKind::Confirmation: {
            const auto choices = choicesFor(field.key);
            if (std::none_of(choices.begin(), choices.end(), [value](const ChoiceSpec &c) { return c.value == value; })) {
                add(field.key, "choice.invalid");
            }
            break;
        }
        case InputKind::Province:
            if (!m_refs.adminUnits.findProvince(value)) {
                add(field.key, "address.unknown_province");
            }
            break;
        case InputKind::Commune:
            if (!m_refs.adminUnits.findCommune(value)) {
                add(field.key, "address.unknown_commune");
            }
            break;
        case InputKind::Ethnicity:
            if (!m_refs.ethnicities.find(value)) {
                add(field.key, "ethnicity.unknown");
            }
            break;
        case InputKind::Religion:
            if (!m_refs.religions.find(value)) {
                add(field.key, "religion.unknown");
            }
            break;
        case InputKind::PassportNumber: report(field.key, passportNumberProblem(value)); break;
        }
    }

    void report(std::string_view key, Problem problem)
    {
        if (problem) {
            add(key, *problem);
        }
    }

    void checkDate(std::string_view key, std::string_view value)
    {
        const auto parsed = parseIsoDate(value);
        if (!parsed.date) {
            add(key, *parsed.problem == DateProblem::Format ? "date.format" : "date.invalid");
            return;
        }
        if (sys_days(*parsed.date) > sys_days(m_today)) {
            add(key, "date.future");
        } else if (ageInYears(*parsed.date, m_today) > kOldestPlausibleAge) {
            add(key, "date.too_old");
        }
    }

    // TK01 is for 14 and over; a younger applicant's parent uses TK01a.
    void checkAgePath()
    {
        const auto birth = date("date_of_birth");
        if (!birth) {
            return;
        }
        const FormKind expected = formKindForAge(*birth, m_today);
        if (expected != m_form.kind) {
            add("date_of_birth", expected == FormKind::Tk01a ? "age.requires_tk01a" : "age.requires_tk01");
        }
    }

    void checkIdAgainstPerson(std::string_view idKey, std::string_view sexKey, std::string_view birthKey)
    {
        if (!has(idKey) || hasError(idKey)) {
            return;
        }
        const auto id = parsePersonalIdNumber(answer(idKey));
        const auto birth = date(birthKey);
        const std::string_view sex = answer(sexKey);
        if (!id || !birth || (sex != "male" && sex != "female")) {
            return;
        }
        const auto match = checkIdMatchesPerson(*id, sex == "male" ? Sex::Male : Sex::Female,
                                                static_cast<int>(birth->year()));
        if (!match) {
            add(idKey, match.error().code);
        }
    }

    void checkIdNumbers()
    {
        // A parent's number typed into the child's box is the likelier slip,
        // so it is named before the mismatch with the child's birth year.
        if (m_form.kind == FormKind::Tk01a && has("id_number") && !hasError("id_number") &&
            answer("id_number") == answer("representative.id_number")) {
            add("id_number", "id.same_as_representative");
        }
        checkIdAgainstPerson("id_number", "sex", "date_of_birth");
        if (m_form.kind == FormKind::Tk01a) {
            checkIdAgainstPerson("representative.id_number", "representative.sex", "representative.date_of_birth");
        }
    }

    void checkAfterBirth(std::string_view key, std::string_view birthKey)
    {
        const auto when = date(key);
        const auto birth = date(birthKey);
        if (when && birth && sys_days(*when) <= sys_days(*birth)) {
            add(key, "date.before_birth");
        }
    }

    void checkIssueDates()
    {
        for (auto [issueKey, birthKey] : {std::pair{"id_issue_date", "date_of_birth"},
                                          std::pair{"representative.id_issue_date", "representative.date_of_birth"}}) {
            checkAfterBirth(issueKey, birthKey);
            const auto issued = date(issueKey);
            if (issued && sys_days(*issued) < sys_days(kFirstIdCardDay)) {
                add(issueKey, "date.before_id_cards");
            }
        }
        checkAfterBirth("previous_passport.issue_date", "date_of_birth");
    }

    // An address is province + commune + street: all three or, when optional, none.
    void checkAddress(std::string_view prefix, bool required)
    {
        const std::string province = std::string(prefix) + ".province";
        const std::string commune = std::string(prefix) + ".commune";
        const std::string street = std::string(prefix) + ".street";
        const bool any = has(province) || has(commune) || has(street);
        if (required || any) {
            for (const auto &key : {province, commune, street}) {
                if (!has(key)) {
                    add(key, "required");
                }
            }
        }
        if (has(province) && has(commune) && !hasError(province) && !hasError(commune)) {
            const auto ref = m_refs.adminUnits.findCommune(answer(commune));
            if (ref && ref->province->code != answer(province)) {
                add(commune, "address.commune_not_in_province");
            }
        }
    }

    void checkAddressGroups()
    {
        checkAddress("permanent_address", true);
        checkAddress("current_address", false);
        checkAddress("delivery_address", answer("delivery.method") == "post");
        if (m_form.kind == FormKind::Tk01a) {
            checkAddress("representative.permanent_address", true);
        }
    }

    void checkFamily()
    {
        const auto birth = date("date_of_birth");
        for (std::string_view who : {"father", "mother", "spouse"}) {
            const std::string nameKey = std::string(who) + ".name";
            const std::string birthKey = std::string(who) + ".date_of_birth";
            if (!onForm(nameKey)) {
                continue;
            }
            if (has(birthKey) && !has(nameKey)) {
                add(nameKey, "family.dob_without_name");
            }
            const auto relativeBirth = date(birthKey);
            if (who != "spouse" && relativeBirth && birth && sys_days(*relativeBirth) >= sys_days(*birth)) {
                add(birthKey, "family.parent_not_older");
            }
        }
        if (has("spouse.name") && birth) {
            const int age = ageInYears(*birth, m_today);
            const std::string_view sex = answer("sex");
            const int marriageAge = sex == "female" ? kMarriageAgeFemale : kMarriageAgeMale;
            if ((sex == "male" || sex == "female") && age < marriageAge) {
                add("spouse.name", "family.spouse_underage");
            }
        }
    }

    void checkRequest()
    {
        const std::string_view type = answer("request.type");
        if (type == "first_issue" && has("previous_passport.number")) {
            add("request.type", "request.first_issue_has_passport");
        }
        // The old passport is handed in (expired, damaged) or its details are
        // changed; only a lost one may be unknown (the loss report names it).
        const bool needsOldPassport =
            type == "reissue_expired" || type == "reissue_damaged" || type == "reissue_changed_details";
        if (needsOldPassport) {
            for (std::string_view key : {"previous_passport.number", "previous_passport.issue_date"}) {
                if (!has(key)) {
                    add(key, "passport.required_for_reissue");
                }
            }
        }
        if (has("previous_passport.issue_date") && !has("previous_passport.number")) {
            add("previous_passport.number", "required");
        }
        if (type == "reissue_changed_details" && !has("request.details")) {
            add("request.details", "required");
        }
    }

    void checkRepresentative()
    {
        if (m_form.kind != FormKind::Tk01a) {
            return;
        }
        if (const auto birth = date("representative.date_of_birth");
            birth && ageInYears(*birth, m_today) < kRepresentativeMinimumAge) {
            add("representative.date_of_birth", "age.representative_minor");
        }
        const std::string_view relationship = answer("representative.relationship");
        const std::string_view sex = answer("representative.sex");
        if ((relationship == "father" && sex == "female") || (relationship == "mother" && sex == "male")) {
            add("representative.relationship", "representative.relationship_sex");
        }
    }

    const PassportForm &m_form;
    const FormReferenceData &m_refs;
    const Date m_today;
    FieldErrors m_errors;
};

}  // namespace

FormKind formKindForAge(const Date &birth, const Date &today)
{
    return ageInYears(birth, today) < kTk01MinimumAge ? FormKind::Tk01a : FormKind::Tk01;
}

FieldErrors checkForm(const PassportForm &form, const FormReferenceData &refs, const Date &today)
{
    return FormChecker(form, refs, today).run();
}

FieldErrors checkField(const PassportForm &form, std::string_view key, const FormReferenceData &refs,
                       const Date &today)
{
    FieldErrors all = checkForm(form, refs, today);
    std::erase_if(all, [key](const FieldError &e) { return e.field != key; });
    return all;
}

}  // namespace motcua::form

// The declaration's rules: every valid sample passes, and each kind of bad
// answer is refused on the right field with the right code.
#include "kiosk/form/form_rules.h"

#include <gtest/gtest.h>

#include <optional>

#include "form_test_support.h"
#include "kiosk/form/form_fields.h"

namespace motcua::form {
namespace {

using testing::bundled;
using testing::kToday;
using testing::sampleForm;

FieldErrors check(const PassportForm &form)
{
    return checkForm(form, bundled().references(), kToday);
}

std::string describe(const FieldErrors &errors)
{
    std::string out;
    for (const auto &e : errors) {
        out += e.field + ":" + e.code + " ";
    }
    return out;
}

class ValidSampleTest : public ::testing::TestWithParam<const char *> {};

TEST_P(ValidSampleTest, HasNoErrors)
{
    const auto errors = check(sampleForm(GetParam()));
    EXPECT_TRUE(errors.empty()) << describe(errors);
}

INSTANTIATE_TEST_SUITE_P(EachKindOfRequest, ValidSampleTest,
                         ::testing::Values("tk01_first_issue_pickup.json", "tk01_reissue_expired_post.json",
                                           "tk01_reissue_damaged_pickup.json", "tk01_reissue_lost_post.json",
                                           "tk01_reissue_changed_details.json", "tk01a_child_first_issue.json"));

// One bad answer: start from a valid sample, set (or, with nullopt, clear)
// some answers, expect an error on `field` with `code`.
struct BadAnswer {
    const char *name;
    const char *sample;
    std::vector<std::pair<std::string, std::optional<std::string>>> changes;
    const char *field;
    const char *code;
};

void PrintTo(const BadAnswer &bad, std::ostream *os) { *os << bad.name; }

constexpr const char *kTk01 = "tk01_first_issue_pickup.json";
constexpr const char *kTk01a = "tk01a_child_first_issue.json";
constexpr const char *kPost = "tk01_reissue_expired_post.json";

class BadAnswerTest : public ::testing::TestWithParam<BadAnswer> {};

TEST_P(BadAnswerTest, IsRefusedOnTheRightFieldWithTheRightCode)
{
    const BadAnswer &bad = GetParam();
    PassportForm form = sampleForm(bad.sample);
    for (const auto &[key, value] : bad.changes) {
        if (value) {
            form.set(key, *value);
        } else {
            form.answers.erase(key);
        }
    }
    const auto errors = check(form);
    const bool found = std::any_of(errors.begin(), errors.end(), [&](const FieldError &e) {
        return e.field == bad.field && e.code == bad.code;
    });
    EXPECT_TRUE(found) << "expected " << bad.field << ":" << bad.code << ", got " << describe(errors);
    for (const auto &e : errors) {
        EXPECT_FALSE(e.messageVi.empty());
        EXPECT_FALSE(e.messageEn.empty());
    }
}

INSTANTIATE_TEST_SUITE_P(
    ThirtyAndMore, BadAnswerTest,
    ::testing::Values(
        BadAnswer{"missing_surname", kTk01, {{"family_name", std::nullopt}}, "family_name", "required"},
        BadAnswer{"blank_given_names", kTk01, {{"given_names", ""}}, "given_names", "required"},
        BadAnswer{"digits_in_name", kTk01, {{"given_names", "Văn An 2"}}, "given_names", "name.characters"},
        BadAnswer{"foreign_letter_in_name", kTk01, {{"family_name", "Muñoz"}}, "family_name", "name.characters"},
        BadAnswer{"name_too_long", kTk01, {{"given_names", std::string(61, 'a')}}, "given_names", "text.too_long"},
        BadAnswer{"sex_not_a_choice", kTk01, {{"sex", "x"}}, "sex", "choice.invalid"},
        BadAnswer{"dob_wrong_format", kTk01, {{"date_of_birth", "17/05/1990"}}, "date_of_birth", "date.format"},
        BadAnswer{"dob_not_a_day", kTk01, {{"date_of_birth", "1990-02-30"}}, "date_of_birth", "date.invalid"},
        BadAnswer{"dob_in_future", kTk01, {{"date_of_birth", "2026-01-01"}}, "date_of_birth", "date.future"},
        BadAnswer{"dob_too_old", kTk01, {{"date_of_birth", "1880-01-01"}}, "date_of_birth", "date.too_old"},
        BadAnswer{"child_on_tk01", kTk01, {{"date_of_birth", "2012-01-01"}, {"id_number", "001212012345"}},
                  "date_of_birth", "age.requires_tk01a"},
        BadAnswer{"adult_on_tk01a", kTk01a, {{"date_of_birth", "2010-01-01"}, {"id_number", "001310009876"}},
                  "date_of_birth", "age.requires_tk01"},
        BadAnswer{"id_too_short", kTk01, {{"id_number", "00109001234"}}, "id_number", "id.length"},
        BadAnswer{"id_with_letters", kTk01, {{"id_number", "00109001234A"}}, "id_number", "id.digits"},
        BadAnswer{"id_unknown_province", kTk01, {{"id_number", "003090012345"}}, "id_number", "id.province"},
        BadAnswer{"id_wrong_sex", kTk01, {{"sex", "female"}}, "id_number", "id.sex"},
        BadAnswer{"id_wrong_birth_year", kTk01, {{"date_of_birth", "1991-05-17"}}, "id_number", "id.birth_year"},
        BadAnswer{"id_wrong_century", kTk01, {{"id_number", "001290012345"}}, "id_number", "id.birth_year"},
        BadAnswer{"id_issued_in_future", kTk01, {{"id_issue_date", "2030-01-01"}}, "id_issue_date", "date.future"},
        BadAnswer{"id_issued_before_birth", kTk01, {{"date_of_birth", "1990-05-17"}, {"id_issue_date", "1989-01-01"}},
                  "id_issue_date", "date.before_birth"},
        BadAnswer{"id_issued_before_2016", kTk01, {{"id_issue_date", "2010-01-01"}}, "id_issue_date",
                  "date.before_id_cards"},
        BadAnswer{"phone_landline", kTk01, {{"phone", "02438253456"}}, "phone", "phone.format"},
        BadAnswer{"phone_unknown_prefix", kTk01, {{"phone", "0212345678"}}, "phone", "phone.prefix"},
        BadAnswer{"phone_foreign", kTk01, {{"phone", "+33 6 12 34 56 78"}}, "phone", "phone.format"},
        BadAnswer{"email_two_ats", kTk01, {{"email", "an@@example.vn"}}, "email", "email.format"},
        BadAnswer{"email_no_domain_dot", kTk01, {{"email", "an@localhost"}}, "email", "email.format"},
        BadAnswer{"ethnicity_unknown", kTk01, {{"ethnicity", "55"}}, "ethnicity", "ethnicity.unknown"},
        BadAnswer{"religion_unknown", kTk01, {{"religion", "Phật"}}, "religion", "religion.unknown"},
        BadAnswer{"missing_religion", kTk01, {{"religion", std::nullopt}}, "religion", "required"},
        BadAnswer{"province_unknown", kTk01, {{"permanent_address.province", "35"}}, "permanent_address.province",
                  "address.unknown_province"},
        BadAnswer{"commune_unknown", kTk01, {{"permanent_address.commune", "99999"}}, "permanent_address.commune",
                  "address.unknown_commune"},
        BadAnswer{"commune_in_other_province", kTk01, {{"permanent_address.commune", "26740"}},
                  "permanent_address.commune", "address.commune_not_in_province"},
        BadAnswer{"missing_street", kTk01, {{"permanent_address.street", std::nullopt}}, "permanent_address.street",
                  "required"},
        BadAnswer{"half_current_address", kTk01, {{"current_address.province", "01"}}, "current_address.commune",
                  "required"},
        BadAnswer{"missing_occupation", kTk01, {{"occupation", std::nullopt}}, "occupation", "required"},
        BadAnswer{"street_too_long", kTk01, {{"permanent_address.street", std::string(251, 'x')}},
                  "permanent_address.street", "text.too_long"},
        BadAnswer{"father_dob_without_name", kTk01, {{"father.name", std::nullopt}}, "father.name",
                  "family.dob_without_name"},
        BadAnswer{"mother_younger_than_child", kTk01, {{"mother.date_of_birth", "1995-01-01"}},
                  "mother.date_of_birth", "family.parent_not_older"},
        BadAnswer{"spouse_of_minor", kTk01,
                  {{"date_of_birth", "2008-01-01"}, {"id_number", "001208012345"}, {"spouse.name", "Lê Thị Bé"}},
                  "spouse.name", "family.spouse_underage"},
        BadAnswer{"passport_number_format", kPost, {{"previous_passport.number", "1234567"}},
                  "previous_passport.number", "passport.format"},
        BadAnswer{"reissue_without_old_passport", kPost, {{"previous_passport.number", std::nullopt}},
                  "previous_passport.number", "passport.required_for_reissue"},
        BadAnswer{"passport_issued_before_birth", kPost, {{"previous_passport.issue_date", "1980-01-01"}},
                  "previous_passport.issue_date", "date.before_birth"},
        BadAnswer{"first_issue_with_old_passport", kTk01, {{"previous_passport.number", "C1234567"}},
                  "request.type", "request.first_issue_has_passport"},
        BadAnswer{"unknown_request", kTk01, {{"request.type", "renew"}}, "request.type", "choice.invalid"},
        BadAnswer{"changed_details_without_reason", "tk01_reissue_changed_details.json",
                  {{"request.details", std::nullopt}}, "request.details", "required"},
        BadAnswer{"missing_chip_choice", kTk01, {{"request.chip", std::nullopt}}, "request.chip", "required"},
        BadAnswer{"post_without_address", kPost, {{"delivery_address.street", std::nullopt}},
                  "delivery_address.street", "required"},
        BadAnswer{"post_without_province", kTk01, {{"delivery.method", "post"}}, "delivery_address.province",
                  "required"},
        BadAnswer{"not_declared", kTk01, {{"declaration.confirmed", std::nullopt}}, "declaration.confirmed",
                  "required"},
        BadAnswer{"declaration_not_yes", kTk01, {{"declaration.confirmed", "no"}}, "declaration.confirmed",
                  "choice.invalid"},
        BadAnswer{"unknown_field", kTk01, {{"favourite_colour", "blue"}}, "favourite_colour", "form.unknown_field"},
        BadAnswer{"spouse_on_child_form", kTk01a, {{"spouse.name", "Ai Đó"}}, "spouse.name", "form.unknown_field"},
        BadAnswer{"representative_minor", kTk01a,
                  {{"representative.date_of_birth", "2010-01-01"}, {"representative.id_number", "001310001122"}},
                  "representative.date_of_birth", "age.representative_minor"},
        BadAnswer{"representative_id_sex", kTk01a, {{"representative.sex", "male"}, {"representative.relationship", "guardian"}},
                  "representative.id_number", "id.sex"},
        BadAnswer{"mother_who_is_male", kTk01a, {{"representative.sex", "male"}}, "representative.relationship",
                  "representative.relationship_sex"},
        BadAnswer{"representative_phone", kTk01a, {{"representative.phone", "12345"}}, "representative.phone",
                  "phone.format"},
        BadAnswer{"child_has_representative_id", kTk01a, {{"id_number", "001188001122"}}, "id_number",
                  "id.same_as_representative"},
        BadAnswer{"representative_relationship_missing", kTk01a, {{"representative.relationship", std::nullopt}},
                  "representative.relationship", "required"}),
    [](const ::testing::TestParamInfo<BadAnswer> &info) { return std::string(info.param.name); });

TEST(FormRulesTest, ReportsOneErrorPerField)
{
    PassportForm form = sampleForm(kTk01);
    form.set("date_of_birth", "2030-02-30");  // both not a day and (would be) future
    const auto errors = check(form);
    EXPECT_EQ(std::count_if(errors.begin(), errors.end(), [](const FieldError &e) { return e.field == "date_of_birth"; }),
              1);
}

TEST(FormRulesTest, CheckFieldReturnsOnlyThatField)
{
    PassportForm form = sampleForm(kTk01);
    form.set("phone", "0212345678");
    form.set("email", "bad");
    const auto errors = checkField(form, "phone", bundled().references(), kToday);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors.front().code, "phone.prefix");
}

TEST(FormRulesTest, AgeDecidesTheForm)
{
    using namespace std::chrono;
    EXPECT_EQ(formKindForAge(year_month_day{year{2011}, November, day{16}}, kToday), FormKind::Tk01a);  // 13
    EXPECT_EQ(formKindForAge(year_month_day{year{2011}, November, day{15}}, kToday), FormKind::Tk01);   // 14 today
}

TEST(FormRulesTest, EmptyFormListsEveryAlwaysRequiredField)
{
    PassportForm form;
    const auto errors = check(form);
    for (const FieldSpec &field : fieldsFor(FormKind::Tk01)) {
        const bool reported = std::any_of(errors.begin(), errors.end(),
                                          [&](const FieldError &e) { return e.field == field.key && e.code == "required"; });
        EXPECT_EQ(reported, field.requirement == Requirement::Always) << field.key;
    }
}

TEST(FormFieldsTest, EveryFieldHasLabelsSectionAndChoices)
{
    for (FormKind kind : {FormKind::Tk01, FormKind::Tk01a}) {
        for (const FieldSpec &field : fieldsFor(kind)) {
            EXPECT_FALSE(field.labelVi.empty()) << field.key;
            EXPECT_FALSE(field.labelEn.empty()) << field.key;
            const auto sections = motcua::form::sections();
            EXPECT_TRUE(std::any_of(sections.begin(), sections.end(),
                                    [&](const SectionSpec &s) { return s.key == field.section; }))
                << field.key;
            if (field.kind == InputKind::Choice || field.kind == InputKind::Confirmation) {
                EXPECT_FALSE(choicesFor(field.key).empty()) << field.key;
            }
        }
    }
    EXPECT_EQ(findField(FormKind::Tk01, "spouse.name")->labelVi, "Vợ/chồng: họ và tên");
    EXPECT_EQ(findField(FormKind::Tk01a, "spouse.name"), nullptr);
}

}  // namespace
}  // namespace motcua::form

#include "kiosk/form/form_json.h"

#include <gtest/gtest.h>

#include "form_test_support.h"

namespace motcua::form {
namespace {

TEST(FormJsonTest, RoundTrips)
{
    const PassportForm form = testing::sampleForm("tk01a_child_first_issue.json");
    EXPECT_EQ(form.kind, FormKind::Tk01a);
    const auto again = formFromJson(formToJsonText(form));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->form.answers, form.answers);
    EXPECT_EQ(again->form.kind, form.kind);
    EXPECT_NE(formToJsonText(form).find("Phạm Thị Hoa"), std::string::npos);  // UTF-8, not \u escapes
}

TEST(FormJsonTest, NonTextAnswersAreFieldErrors)
{
    const auto parsed = formFromJson(R"({"form":"TK01","answers":{"phone":912345678,"email":null,"sex":"male"}})");
    ASSERT_TRUE(parsed);
    ASSERT_EQ(parsed->errors.size(), 1u);
    EXPECT_EQ(parsed->errors.front().field, "phone");
    EXPECT_EQ(parsed->errors.front().code, "form.not_text");
    EXPECT_EQ(parsed->form.answer("sex"), "male");
    EXPECT_FALSE(parsed->form.has("email"));
}

TEST(FormJsonTest, RefusesWhatIsNotAForm)
{
    EXPECT_EQ(formFromJson("{\"form\": ").error().code, "form.json");
    EXPECT_EQ(formFromJson("[]").error().code, "form.json");
    EXPECT_EQ(formFromJson(R"({"answers":{}})").error().code, "form.kind");
    EXPECT_EQ(formFromJson(R"({"form":"TK02","answers":{}})").error().code, "form.kind");
    EXPECT_EQ(formFromJson(R"({"form":"TK01","answers":[]})").error().code, "form.json");
}

}  // namespace
}  // namespace motcua::form

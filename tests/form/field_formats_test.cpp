#include "kiosk/form/field_formats.h"

#include <gtest/gtest.h>

#include "kiosk/form/civil_date.h"

namespace motcua::form {
namespace {

TEST(MobileNumberTest, AcceptsEveryCarrierAndCommonWritings)
{
    for (const char *number : {"0321234567", "0398765432", "0523456789", "0559999999", "0587654321", "0591234567",
                               "0701234567", "0791234567", "0812345678", "0861234567", "0871234567", "0891234567",
                               "0901234567", "0941234567", "0961234567", "0991234567", "+84 912 345 678",
                               "84912345678", "091.234.5678", "091-234-5678"}) {
        EXPECT_FALSE(mobileNumberProblem(number)) << number;
    }
    EXPECT_EQ(normalizeMobileNumber("+84 912-345-678"), "0912345678");
}

TEST(MobileNumberTest, RefusesOthers)
{
    EXPECT_EQ(mobileNumberProblem("0951234567"), "phone.prefix");  // 095: no carrier
    EXPECT_EQ(mobileNumberProblem("0112345678"), "phone.prefix");
    EXPECT_EQ(mobileNumberProblem("091234567"), "phone.format");
    EXPECT_EQ(mobileNumberProblem("09123456789"), "phone.format");
    EXPECT_EQ(mobileNumberProblem("0912a45678"), "phone.format");
    EXPECT_EQ(mobileNumberProblem("+1 912 345 678"), "phone.format");
}

TEST(EmailTest, PracticalCheck)
{
    EXPECT_FALSE(emailProblem("an.nguyen+kiosk@mail.example.vn"));
    for (const char *bad : {"an", "@example.vn", "an@", "an@example", "an@@example.vn", "an @example.vn",
                            "an@exa_mple.vn", ".an@example.vn", "an..b@example.vn", "an@-example.vn", "an@example..vn"}) {
        EXPECT_EQ(emailProblem(bad), "email.format") << bad;
    }
}

TEST(PassportNumberTest, LetterAndSevenDigits)
{
    EXPECT_FALSE(passportNumberProblem("C1234567"));
    EXPECT_EQ(passportNumberProblem("c1234567"), "passport.format");
    EXPECT_EQ(passportNumberProblem("C123456"), "passport.format");
}

TEST(CivilDateTest, StrictIsoAndAges)
{
    using namespace std::chrono;
    EXPECT_TRUE(parseIsoDate("2024-02-29").date);
    EXPECT_EQ(parseIsoDate("2023-02-29").problem, DateProblem::NotACalendarDay);
    EXPECT_EQ(parseIsoDate("2023-2-28").problem, DateProblem::Format);
    EXPECT_EQ(parseIsoDate("2023-02-28 ").problem, DateProblem::Format);
    const year_month_day birth{year{2000}, February, day{29}};
    EXPECT_EQ(ageInYears(birth, year_month_day{year{2014}, February, day{28}}), 13);
    EXPECT_EQ(ageInYears(birth, year_month_day{year{2014}, March, day{1}}), 14);
    EXPECT_EQ(formatIsoDate(birth), "2000-02-29");
}

}  // namespace
}  // namespace motcua::form

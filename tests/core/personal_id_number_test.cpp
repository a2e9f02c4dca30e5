#include "kiosk/core/personal_id_number.h"

#include <gtest/gtest.h>

using namespace motcua;

TEST(PersonalIdNumber, ParsesStructure)
{
    auto id = parsePersonalIdNumber("001090123456");
    ASSERT_TRUE(id.has_value()) << id.error().message;
    EXPECT_EQ(id->provinceCode, "001");
    EXPECT_EQ(id->provinceName, "Hà Nội");
    EXPECT_EQ(id->sex, Sex::Male);
    EXPECT_EQ(id->birthCentury, 1900);
    EXPECT_EQ(id->birthYearLastTwo, 90);
    EXPECT_TRUE(checkIdMatchesPerson(*id, Sex::Male, 1990).has_value());
}

TEST(PersonalIdNumber, CenturyAndSexDigit)
{
    auto girl2005 = parsePersonalIdNumber("079305000123");
    ASSERT_TRUE(girl2005.has_value());
    EXPECT_EQ(girl2005->provinceName, "Hồ Chí Minh");
    EXPECT_EQ(girl2005->sex, Sex::Female);
    EXPECT_TRUE(checkIdMatchesPerson(*girl2005, Sex::Female, 2005).has_value());
    auto mismatch = checkIdMatchesPerson(*girl2005, Sex::Male, 2005);
    ASSERT_FALSE(mismatch.has_value());
    EXPECT_EQ(mismatch.error().code, "id.sex");
    auto wrongYear = checkIdMatchesPerson(*girl2005, Sex::Female, 1905);
    ASSERT_FALSE(wrongYear.has_value());
    EXPECT_EQ(wrongYear.error().code, "id.birth_year");
}

TEST(PersonalIdNumber, RefusesMalformed)
{
    EXPECT_EQ(parsePersonalIdNumber("00109012345").error().code, "id.length");
    EXPECT_EQ(parsePersonalIdNumber("0010901234567").error().code, "id.length");
    EXPECT_EQ(parsePersonalIdNumber("00109012345a").error().code, "id.digits");
    EXPECT_EQ(parsePersonalIdNumber("003090123456").error().code, "id.province");  // 003 is not a province code
    EXPECT_EQ(parsePersonalIdNumber("099090123456").error().code, "id.province");
}

TEST(PersonalIdNumber, EveryProvinceCodeIsKnown)
{
    int known = 0;
    for (int code = 0; code < 1000; ++code) {
        char text[4];
        std::snprintf(text, sizeof text, "%03d", code);
        known += provinceForIdCode(text).has_value() ? 1 : 0;
    }
    EXPECT_EQ(known, 63);
}

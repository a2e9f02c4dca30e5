// What an accepted ID card puts on the passport form: the name split, ISO
// dates, and the address matched to today's units only when a part names
// exactly one of them; old units (before the 2025 merger) are not guessed.
#include <gtest/gtest.h>

#include "kiosk/scan/card_form_answers.h"

namespace motcua {
namespace {

const form::AdminUnits &units()
{
    static const auto parsed = form::AdminUnits::parse(R"({"source":"test","provinces":[
        {"code":"01","name":"Thành phố Hà Nội","short":"Hà Nội","communes":[
            ["00070","Phường Hoàn Kiếm"],["00166","Phường Cầu Giấy"],["09784","Xã Đan Phượng"]]},
        {"code":"79","name":"Thành phố Hồ Chí Minh","short":"Hồ Chí Minh","communes":[["26734","Phường Sài Gòn"]]},
        {"code":"40","name":"Tỉnh Nghệ An","short":"Nghệ An","communes":[["16681","Phường Vinh Hưng"]]}]})");
    EXPECT_TRUE(parsed) << parsed.error().message;
    return *parsed;
}

CardAddress split(const std::string &address)
{
    return splitCardAddress(address, units());
}

TEST(CardAddress, MatchesProvinceAndCommuneWhenTheyNameTodaysUnits)
{
    const auto a = split("Số 12 phố Hàng Bông, Phường Hoàn Kiếm, Thành phố Hà Nội");
    EXPECT_EQ(a.provinceCode, "01");
    EXPECT_EQ(a.communeCode, "00070");
    EXPECT_EQ(a.street, "Số 12 phố Hàng Bông");
    const auto b = split("Số 5 ngõ 3, phường Cầu Giấy, Quận Cầu Giấy, Hà Nội");
    EXPECT_EQ(b.provinceCode, "01");
    EXPECT_EQ(b.communeCode, "00166") << "the ward right before an old district";
    EXPECT_EQ(b.street, "Số 5 ngõ 3");
    EXPECT_EQ(split("Xóm 1, Phường Vinh Hưng, Tỉnh Nghệ An").provinceCode, "40");
    EXPECT_EQ(split("12/3 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh").communeCode, "26734");
}

TEST(CardAddress, LeavesOldUnitsForTheCitizenToPick)
{
    // Đan Phượng was a district; the commune "Xã Tân Lập" no longer exists.
    const auto a = split("Thôn Đông, Xã Tân Lập, Huyện Đan Phượng, Hà Nội");
    EXPECT_EQ(a.provinceCode, "01");
    EXPECT_EQ(a.communeCode, "") << "Huyện Đan Phượng is not Xã Đan Phượng";
    EXPECT_EQ(a.street, "Thôn Đông");
    // Nam Định merged into Ninh Bình in 2025: no province, and no guess.
    const auto b = split("Xóm 2, Xã Hải Minh, Huyện Hải Hậu, Nam Định");
    EXPECT_EQ(b.provinceCode, "");
    EXPECT_EQ(b.communeCode, "");
    EXPECT_EQ(b.street, "Xóm 2");
}

TEST(CardAddress, NearMissesDoNotMatch)
{
    EXPECT_EQ(split("Số 1, Phường Hoan Kiem, Ha Noi").provinceCode, "") << "diacritics count";
    EXPECT_EQ(split("Số 1, Phường Hoàn Kiếm Mới, Hà Nội").communeCode, "");
    const auto noUnits = split("Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội");
    EXPECT_EQ(noUnits.provinceCode, "01");
    EXPECT_EQ(noUnits.communeCode, "");
    EXPECT_EQ(noUnits.street, "Số 1 Tràng Tiền, Hoàn Kiếm");
    EXPECT_EQ(split("Bản Phiêng").street, "Bản Phiêng");
    EXPECT_EQ(split("").street, "");
}

TEST(CardFormAnswers, FillsTheFormKeys)
{
    const auto card = parseCccdPayload(
        "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Số 12 phố Hàng Bông, Phường Hoàn Kiếm, Hà Nội|15042021",
        CivilDate{2026, 1, 5});
    ASSERT_TRUE(card) << card.error().code;
    const auto answers = cardFormAnswers(*card, units());
    const std::map<std::string, std::string> expected = {
        {"family_name", "Nguyễn"},
        {"given_names", "Văn An"},
        {"sex", "male"},
        {"date_of_birth", "1990-01-01"},
        {"id_number", "001090123456"},
        {"id_issue_date", "2021-04-15"},
        {"permanent_address.province", "01"},
        {"permanent_address.commune", "00070"},
        {"permanent_address.street", "Số 12 phố Hàng Bông"},
    };
    EXPECT_EQ(answers, expected);
}

TEST(CardFormAnswers, WomanAndUnmatchedAddress)
{
    const auto card = parseCccdPayload(
        "001190012345|Lê Thị Cúc|28021990|Nữ|Thôn Đông, Xã Tân Lập, Huyện Đan Phượng, Hà Nội|01072021",
        CivilDate{2026, 1, 5});
    ASSERT_TRUE(card) << card.error().code;
    const auto answers = cardFormAnswers(*card, units());
    EXPECT_EQ(answers.at("sex"), "female");
    EXPECT_EQ(answers.at("family_name"), "Lê");
    EXPECT_EQ(answers.at("given_names"), "Thị Cúc");
    EXPECT_EQ(answers.count("permanent_address.commune"), 0u);
    EXPECT_EQ(answers.at("permanent_address.street"), "Thôn Đông");
}

}  // namespace
}  // namespace motcua

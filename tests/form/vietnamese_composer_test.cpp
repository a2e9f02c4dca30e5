#include "kiosk/form/vietnamese_composer.h"

#include <gtest/gtest.h>

namespace motcua::form {
namespace {

struct Case {
    const char *keys;
    const char *expected;
};

class TelexTest : public ::testing::TestWithParam<Case> {};

TEST_P(TelexTest, Composes)
{
    EXPECT_EQ(composeVietnamese(GetParam().keys, InputMethod::Telex), GetParam().expected) << GetParam().keys;
}

INSTANTIATE_TEST_SUITE_P(
    Words, TelexTest,
    ::testing::Values(
        Case{"Nguyeenx Vawn An", "Nguyễn Văn An"},  // the example
        Case{"aa aw ee oo ow uw dd", "â ă ê ô ơ ư đ"}, Case{"as af ar ax aj", "á à ả ã ạ"},
        Case{"Traanf Thij Hoaf", "Trần Thị Hoà"},  // modern: hoà, not hòa
        Case{"thuyr khoer", "thuỷ khoẻ"}, Case{"nguowif dduwowcj", "người được"}, Case{"Truwowng", "Trương"},
        Case{"quas gias gif", "quá giá gì"},
        Case{"tieengs tiengse", "tiếng tiếng"},  // modifiers may come late
        Case{"toans tosan", "toán toán"}, Case{"muaw", "mưa"}, Case{"xoawn", "xoăn"}, Case{"wng", "ưng"},
        Case{"ass", "as"}, Case{"asss", "ass"}, Case{"ddd", "dd"}, Case{"aaa", "aa"}, Case{"aww", "aw"},
        Case{"asz", "a"}, Case{"asf", "à"}, Case{"Ddaof", "Đào"}, Case{"DDAOF", "ĐÀO"},
        Case{"Hoof Chis Minh", "Hồ Chí Minh"}, Case{"Leex Thij Mai Phuwowng", "Lễ Thị Mai Phương"},
        Case{"khuyeens", "khuyến"}, Case{"oaij", "oại"}, Case{"khuyur", "khuỷu"}, Case{"Sown", "Sơn"},
        Case{"Ddoongs DDa", "Đống Đa"}, Case{"bcd", "bcd"}, Case{"s", "s"}, Case{"a1", "a1"}));

TEST(TelexTest, PlacesToneOnSecondVowelOfUyaOnlyWhenThreeVowels)
{
    EXPECT_EQ(composeVietnamese("khuyar"), "khuỷa");
}

TEST(TelexTest, BackspaceRemovesLastLetterAndKeepsTone)
{
    VietnameseComposer composer;
    composer.typeKeys("toans");
    EXPECT_EQ(composer.text(), "toán");
    composer.backspace();
    EXPECT_EQ(composer.text(), "toá");  // open "oa": tone moves to the a
    composer.backspace();
    composer.backspace();
    EXPECT_EQ(composer.text(), "t");
    composer.backspace();
    composer.backspace();  // nothing left: no crash
    EXPECT_EQ(composer.text(), "");
}

TEST(TelexTest, BackspaceCrossesIntoCommittedText)
{
    VietnameseComposer composer;
    composer.typeKeys("Vawn ");
    composer.backspace();
    EXPECT_EQ(composer.text(), "Văn");
}

TEST(TelexTest, AccentedLetterFromLongPressGoesInAsIs)
{
    EXPECT_EQ(composeVietnamese("Nguy\xe1\xbb\x85n"), "Nguyễn");
}

TEST(VniTest, Composes)
{
    EXPECT_EQ(composeVietnamese("Nguye64n Va8n An", InputMethod::Vni), "Nguyễn Văn An");
    EXPECT_EQ(composeVietnamese("nguo72i d9uo75c", InputMethod::Vni), "người được");
    EXPECT_EQ(composeVietnamese("Ho62 Chi1 Minh", InputMethod::Vni), "Hồ Chí Minh");
    EXPECT_EQ(composeVietnamese("a11", InputMethod::Vni), "a1");     // double key undoes
    EXPECT_EQ(composeVietnamese("a10", InputMethod::Vni), "a");      // 0 removes the tone
    EXPECT_EQ(composeVietnamese("2025", InputMethod::Vni), "2025");  // no vowel: digits stay
}

TEST(ComposerTest, SwitchingMethodKeepsText)
{
    VietnameseComposer composer(InputMethod::Telex);
    composer.typeKeys("Vieetj ");
    composer.setMethod(InputMethod::Vni);
    composer.typeKeys("Na8m");
    EXPECT_EQ(composer.text(), "Việt Năm");
    composer.clear();
    EXPECT_EQ(composer.text(), "");
}

}  // namespace
}  // namespace motcua::form

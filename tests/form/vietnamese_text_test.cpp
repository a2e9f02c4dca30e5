#include "kiosk/form/vietnamese_text.h"

#include <gtest/gtest.h>

#include "kiosk/form/utf8.h"

namespace motcua::form {
namespace {

TEST(VietnameseTextTest, RemovesDiacriticsIncludingDStroke)
{
    EXPECT_EQ(removeDiacritics("Đống Đa"), "Dong Da");
    EXPECT_EQ(removeDiacritics("Nguyễn Văn Ấn, ưởng ợ"), "Nguyen Van An, uong o");
    EXPECT_EQ(removeDiacritics("Hà Nội 2025"), "Ha Noi 2025");
}

TEST(VietnameseTextTest, NormalisesDecomposedInputToNfc)
{
    const std::string decomposed = "e\xcc\x82\xcc\x81";  // e + circumflex + acute
    EXPECT_EQ(normalizeNfc(decomposed), "ế");
    EXPECT_EQ(removeDiacritics(decomposed), "e");
}

TEST(VietnameseTextTest, FoldsForSearch)
{
    EXPECT_EQ(foldForSearch("  Thành phố   Hà Nội "), "thanh pho ha noi");
    EXPECT_EQ(foldForSearch("Bru-Vân Kiều"), "bru van kieu");
}

TEST(VietnameseTextTest, TidiesSpaces)
{
    EXPECT_EQ(tidyText("  Nguyễn \t Văn  An "), "Nguyễn Văn An");
}

TEST(VietnameseTextTest, AcceptsVietnameseAndMinorityNames)
{
    EXPECT_TRUE(isVietnameseNameText("Nguyễn Thị Ánh-Dương"));
    EXPECT_TRUE(isVietnameseNameText("H'Hen Niê"));
    EXPECT_TRUE(isVietnameseNameText("Y Ngông Niê Kđăm"));
    EXPECT_FALSE(isVietnameseNameText("Nguyen Van 2"));
    EXPECT_FALSE(isVietnameseNameText("Muñoz"));
    EXPECT_FALSE(isVietnameseNameText("王"));
    EXPECT_FALSE(isVietnameseNameText("   "));
}

TEST(VietnameseTextTest, UpperCasesWithMarks)
{
    EXPECT_EQ(toUpperVietnamese("Nguyễn Văn đức"), "NGUYỄN VĂN ĐỨC");
}

TEST(Utf8Test, RoundTripsAndReplacesBadBytes)
{
    const std::string text = "Đà Nẵng 🇻🇳";
    EXPECT_EQ(encodeUtf8(decodeUtf8(text)), text);
    EXPECT_EQ(decodeUtf8("\xff" "a"), U"\uFFFD" U"a");
    EXPECT_EQ(decodeUtf8("\xc3"), U"\uFFFD");            // truncated
    EXPECT_EQ(decodeUtf8("\xc0\xaf"), U"\uFFFD\uFFFD");  // overlong
}

}  // namespace
}  // namespace motcua::form

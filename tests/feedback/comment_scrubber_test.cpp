// Comments keep the citizen's words and lose whatever looks like personal data.
#include "kiosk/feedback/comment_scrubber.h"

#include <gtest/gtest.h>

namespace motcua::feedback {
namespace {

TEST(CommentScrubber, KeepsOrdinarySuggestions)
{
    EXPECT_EQ(scrubComment("  Máy dễ dùng,\n cảm ơn!  "), "Máy dễ dùng, cảm ơn!");
    EXPECT_EQ(scrubComment("Chờ 15 phút, quầy số 3 rất nhanh. Năm 2025 tốt hơn."),
              "Chờ 15 phút, quầy số 3 rất nhanh. Năm 2025 tốt hơn.");
}

TEST(CommentScrubber, RemovesIdNumbersAndPhoneNumbers)
{
    EXPECT_EQ(scrubComment("CCCD của tôi 001090123456 bị lỗi"), "CCCD của tôi […] bị lỗi");
    EXPECT_EQ(scrubComment("CMND 012345678"), "CMND […]");
    EXPECT_EQ(scrubComment("gọi tôi 0912 345 678 nhé"), "gọi tôi […] nhé");
    EXPECT_EQ(scrubComment("call +84 912.345.678"), "call […]");
    EXPECT_EQ(scrubComment("phone 091-234-5678."), "phone […].");
}

TEST(CommentScrubber, RemovesPassportNumbersDatesAndEmail)
{
    EXPECT_EQ(scrubComment("hộ chiếu C1234567 hết hạn"), "hộ chiếu […] hết hạn");
    EXPECT_EQ(scrubComment("sinh ngày 01/02/1990"), "sinh ngày […]");
    EXPECT_EQ(scrubComment("mail an.nguyen@example.vn thanks"), "mail […] thanks");
}

TEST(CommentScrubber, CutsLongCommentsOnALetterBoundary)
{
    std::string text;
    while (text.size() < 2 * kMaxCommentBytes) {
        text += "Được ";
    }
    const auto out = scrubComment(text);
    EXPECT_LE(out.size(), kMaxCommentBytes);
    // The last letter is whole: from its lead byte, exactly as many bytes as it announces.
    size_t lead = out.size() - 1;
    while ((static_cast<unsigned char>(out[lead]) & 0xC0) == 0x80) {
        --lead;
    }
    const auto first = static_cast<unsigned char>(out[lead]);
    const size_t length = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2;
    EXPECT_EQ(out.size() - lead, length);
    EXPECT_EQ(out.rfind("Đ", 0), 0u);
}

}  // namespace
}  // namespace motcua::feedback

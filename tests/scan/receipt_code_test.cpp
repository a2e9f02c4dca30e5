// The receipt QR format shared by printing and scanning, and the code-kind
// classifier that gives a wrong kind of code its own reason.
#include <gtest/gtest.h>

#include "kiosk/scan/code_kind.h"
#include "kiosk/scan/receipt_code.h"

namespace motcua {
namespace {

TEST(ReceiptCode, RoundTrips)
{
    const auto encoded = encodeReceiptQr("HN1-20250704-0042");
    ASSERT_TRUE(encoded);
    EXPECT_EQ(*encoded, "MOTCUA:R:HN1-20250704-0042");
    const auto number = parseReceiptQr(*encoded + "\r\n");
    ASSERT_TRUE(number);
    EXPECT_EQ(*number, "HN1-20250704-0042");
}

TEST(ReceiptCode, AcceptsTheNationalPortalsDottedNumbers)
{
    auto encoded = encodeReceiptQr("000.00.15.H26-261123-0042");
    ASSERT_TRUE(encoded.has_value());
    EXPECT_EQ(*parseReceiptQr(*encoded), "000.00.15.H26-261123-0042");
}

TEST(ReceiptCode, RefusesBadNumbers)
{
    for (const char *bad : {"", "AB", "hn1-1", "HN1--2", "-HN1", "HN1-", "HN 1", "HN1/2", "Ä123",
                            "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345678901234"}) {
        EXPECT_FALSE(encodeReceiptQr(bad)) << bad;
        const auto parsed = parseReceiptQr(std::string("MOTCUA:R:") + bad);
        ASSERT_FALSE(parsed) << bad;
        EXPECT_EQ(parsed.error().code, "receipt.number");
    }
}

TEST(ReceiptCode, RefusesOtherCodes)
{
    for (const char *other : {"motcua:r:HN1-1", "https://example.vn", "001090123456|x", "MOTCUA:T:A12"}) {
        const auto parsed = parseReceiptQr(other);
        ASSERT_FALSE(parsed) << other;
        EXPECT_EQ(parsed.error().code, "receipt.not_receipt");
    }
}

TEST(CodeKind, TellsCodesApart)
{
    EXPECT_EQ(classifyCode(""), CodeKind::Empty);
    EXPECT_EQ(classifyCode("\r\n"), CodeKind::Empty);
    EXPECT_EQ(classifyCode("MOTCUA:R:HN1-1"), CodeKind::MotcuaReceipt);
    EXPECT_EQ(classifyCode("00020101021238530010A000000727"), CodeKind::VietQr);
    EXPECT_EQ(classifyCode("HTTPS://DICHVUCONG.GOV.VN"), CodeKind::Url);
    EXPECT_EQ(classifyCode("www.example.vn|1|2"), CodeKind::Url);
    EXPECT_EQ(classifyCode("001090123456|012345678|A|01011990|Nam|B|15042021"), CodeKind::CccdLike);
    EXPECT_EQ(classifyCode("Số 1 Tràng Tiền"), CodeKind::Other);
    EXPECT_EQ(classifyCode("a|b"), CodeKind::Other);
}

}  // namespace
}  // namespace motcua

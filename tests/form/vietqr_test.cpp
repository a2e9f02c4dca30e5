#include "kiosk/form/vietqr.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "kiosk/form/emv_tlv.h"

namespace motcua::form {
namespace {

// Published NAPAS sample (docs/vietqr.md): BIN 970416, account 224528479,
// 10,000 VND, bill NPS6869, purpose "TRANSFER TO SOMEONE", CRC AC13.
constexpr std::string_view kSample =
    "00020101021238530010A0000007270123000697041601092245284790208QRIBFTTA53037045405100005802VN62340107NPS68690819"
    "TRANSFER TO SOMEONE6304AC13";

VietQrPayment samplePayment()
{
    return {"970416", "224528479", VietQrService::ToAccount, 10000, "NPS6869", "TRANSFER TO SOMEONE"};
}

TEST(Crc16Test, MatchesTheStandardCheckValue)
{
    EXPECT_EQ(crc16CcittFalse("123456789"), 0x29B1);  // CRC-16/CCITT-FALSE check value
    EXPECT_EQ(crcHex(0x0a1f), "0A1F");
}

TEST(VietQrTest, BuildsThePublishedSampleExactly)
{
    const auto payload = buildVietQr(samplePayment());
    ASSERT_TRUE(payload) << payload.error().message;
    EXPECT_EQ(*payload, kSample);
}

TEST(VietQrTest, ParsesThePublishedSample)
{
    const auto payment = parseVietQr(kSample);
    ASSERT_TRUE(payment) << payment.error().code;
    EXPECT_EQ(*payment, samplePayment());
}

TEST(VietQrTest, StaticCodeHasNoAmount)
{
    VietQrPayment payment{"970436", "0011001234567", VietQrService::ToAccount, std::nullopt, "", ""};
    const auto payload = buildVietQr(payment);
    ASSERT_TRUE(payload);
    EXPECT_TRUE(payload->starts_with("000201010211"));
    const auto fields = parseTlv(*payload);
    ASSERT_TRUE(fields);
    EXPECT_TRUE(std::none_of(fields->begin(), fields->end(), [](const TlvField &f) { return f.id == "54"; }));
    const auto back = parseVietQr(*payload);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, payment);
}

TEST(VietQrTest, RoundTripsCardService)
{
    VietQrPayment payment{"970415", "9704151234567890", VietQrService::ToCard, 400000, "HS2025000123", "LE PHI HO CHIEU"};
    const auto back = parseVietQr(*buildVietQr(payment));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, payment);
}

TEST(VietQrTest, RefusesBadInputToBuild)
{
    auto payment = samplePayment();
    payment.bankBin = "97041";
    EXPECT_EQ(buildVietQr(payment).error().code, "vietqr.bin");
    payment = samplePayment();
    payment.account = "12 34";
    EXPECT_EQ(buildVietQr(payment).error().code, "vietqr.account");
    payment = samplePayment();
    payment.amountVnd = 0;
    EXPECT_EQ(buildVietQr(payment).error().code, "vietqr.amount");
    payment = samplePayment();
    payment.purpose = "Lệ phí hộ chiếu";  // diacritics: banking apps expect ASCII here
    EXPECT_EQ(buildVietQr(payment).error().code, "vietqr.text");
}

TEST(VietQrTest, RefusesDamagedPayloads)
{
    std::string wrongCrc(kSample);
    wrongCrc.back() = '4';
    EXPECT_EQ(parseVietQr(wrongCrc).error().code, "vietqr.crc");
    std::string changedAmount(kSample);
    changedAmount.replace(changedAmount.find("540510000"), 9, "540590000");
    EXPECT_EQ(parseVietQr(changedAmount).error().code, "vietqr.crc");
    EXPECT_EQ(parseVietQr("").error().code, "vietqr.crc");
    EXPECT_EQ(parseVietQr(kSample.substr(0, 50)).error().code, "vietqr.crc");
}

// Payloads with a correct CRC but a wrong layout, to reach each check.
std::string withCrc(std::string body)
{
    body += "6304";
    return body + crcHex(crc16CcittFalse(body));
}

TEST(VietQrTest, RefusesWrongLayoutEvenWithGoodCrc)
{
    const std::string account = "38530010A0000007270123000697041601092245284790208QRIBFTTA";
    EXPECT_EQ(parseVietQr(withCrc("000202" + account + "5303704" "5802VN")).error().code, "vietqr.format");
    EXPECT_EQ(parseVietQr(withCrc("000201" "5303704" "5802VN")).error().code, "vietqr.missing");
    EXPECT_EQ(parseVietQr(withCrc("000201" + account + "5303840" "5802VN")).error().code, "vietqr.currency");
    EXPECT_EQ(parseVietQr(withCrc("000201" + account + "5303704" "5802US")).error().code, "vietqr.country");
    EXPECT_EQ(parseVietQr(withCrc("000201" + account + "5303704" "54031.5" "5802VN")).error().code, "vietqr.amount");
    EXPECT_EQ(parseVietQr(withCrc("000201" "38140010A000000728" "5303704" "5802VN")).error().code, "vietqr.guid");
    EXPECT_EQ(parseVietQr(withCrc("0002019")).error().code, "tlv.truncated");
    EXPECT_EQ(parseVietQr(withCrc("00020101AB")).error().code, "tlv.length");
}

}  // namespace
}  // namespace motcua::form

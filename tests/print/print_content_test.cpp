#include <gtest/gtest.h>

#include "kiosk/print/applicant_name.h"
#include "kiosk/print/print_content_json.h"
#include "kiosk/print/print_text.h"
#include "kiosk/print/qr_code.h"
#include "kiosk/print/receipt_layout.h"
#include "print_test_support.h"

using namespace motcua;

TEST(ApplicantName, KeepsFamilyNameAndInitials)
{
    EXPECT_EQ(shortenApplicantName("Nguyễn Văn An"), "NGUYỄN V. A");
    EXPECT_EQ(shortenApplicantName("  trần   thị  ngọc  ánh "), "TRẦN T. N. Á");
    EXPECT_EQ(shortenApplicantName("Đỗ Đức"), "ĐỖ Đ");
    EXPECT_EQ(shortenApplicantName("Lê"), "LÊ");
    EXPECT_EQ(shortenApplicantName(""), "");
}

TEST(ApplicantName, IsIdempotentAndNormalisesToNfc)
{
    EXPECT_EQ(shortenApplicantName("NGUYỄN V. A"), "NGUYỄN V. A");
    // "Nguyễn" typed with combining marks (NFD) ends up as the composed letters.
    EXPECT_EQ(shortenApplicantName("Nguye\xcc\x82\xcc\x83n Văn An"), "NGUYỄN V. A");
}

TEST(PrintText, VietnameseNumbersAndDates)
{
    using namespace std::chrono;
    EXPECT_EQ(formatVnd(200000).toStdString(), "200.000 đồng");
    EXPECT_EQ(formatVnd(0).toStdString(), "0 đồng");
    EXPECT_EQ(formatVnd(1234567).toStdString(), "1.234.567 đồng");
    // 17:30 UTC is 00:30 the next day in Hà Nội.
    EXPECT_EQ(formatVietnamDateTime(sys_days{year{2026} / 1 / 31} + hours{17} + minutes{30}).toStdString(),
              "01/02/2026 00:30");
}

TEST(QrCode, QuietZoneAndErrorCorrectionForPaper)
{
    auto matrix = encodeQr("000.00.15.H26-261123-0042");
    ASSERT_TRUE(matrix.has_value());
    const QImage image = renderQr(*matrix, 5);
    EXPECT_EQ(image.width(), (matrix->size + 8) * 5);
    // The quiet zone is white all round.
    for (int i = 0; i < image.width(); ++i) {
        EXPECT_EQ(qGray(image.pixel(i, 0)), 255);
        EXPECT_EQ(qGray(image.pixel(0, i)), 255);
    }
    EXPECT_EQ(test::decodeQr(image).value_or(""), "000.00.15.H26-261123-0042");
    EXPECT_FALSE(encodeQr("").has_value());
}

TEST(PrintContentJson, ReceiptRoundTripsWithShortenedNameOnly)
{
    const auto receipt = test::sampleReceipt();
    const auto json = receiptToJson(receipt);
    EXPECT_EQ(json.find("Nguyễn Văn An"), std::string::npos);
    auto back = receiptFromJson(json);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->applicantName, "NGUYỄN V. A");
    EXPECT_EQ(back->receiptNumber, receipt.receiptNumber);
    EXPECT_EQ(back->expectedReturn, receipt.expectedReturn);
    EXPECT_EQ(back->submittedAt, receipt.submittedAt);
    EXPECT_EQ(back->delivery, ResultDelivery::Post);
    EXPECT_FALSE(receiptFromJson("not json").has_value());
}

TEST(ReceiptLayout, ShowsShortNameNeverFullName)
{
    const auto doc = layoutReceipt(test::sampleReceipt());
    bool sawShort = false;
    for (const auto &block : doc.blocks) {
        if (const auto *text = std::get_if<TextBlock>(&block)) {
            EXPECT_FALSE(text->text.contains(QStringLiteral("Văn An")));
            sawShort = sawShort || text->text.contains(QStringLiteral("NGUYỄN V. A"));
        }
    }
    EXPECT_TRUE(sawShort);
    EXPECT_EQ(doc.reference, "000.00.15.H26-261123-0042");
}

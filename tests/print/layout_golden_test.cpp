// Renders the ticket and the receipt and compares them with the golden PNGs
// in tests/data/print (made by this code: MOTCUA_UPDATE_GOLDEN=1 rewrites them),
// then reads the QR back with zxing-cpp.
#include <gtest/gtest.h>

#include <QImage>
#include <cstdlib>
#include <cmath>

#include "kiosk/print/document_renderer.h"
#include "kiosk/print/receipt_layout.h"
#include "kiosk/print/ticket_layout.h"
#include "print_test_support.h"

using namespace motcua;

namespace {

struct Difference {
    double meanAbs = 0;         // 0–255
    double changedShare = 0;    // share of pixels off by more than a quarter of the range
};

Difference compare(const QImage &a, const QImage &b)
{
    Difference d;
    const qsizetype pixels = static_cast<qsizetype>(a.width()) * a.height();
    double sum = 0;
    qsizetype changed = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *ra = a.constScanLine(y);
        const uchar *rb = b.constScanLine(y);
        for (int x = 0; x < a.width(); ++x) {
            const int delta = std::abs(int(ra[x]) - int(rb[x]));
            sum += delta;
            changed += delta > 64 ? 1 : 0;
        }
    }
    d.meanAbs = sum / pixels;
    d.changedShare = double(changed) / pixels;
    return d;
}

void checkGolden(const QImage &rendered, const std::string &name)
{
    const auto file = test::printDataDir() / name;
    const QString path = QString::fromStdString(file.string());
    if (std::getenv("MOTCUA_UPDATE_GOLDEN") != nullptr) {
        ASSERT_TRUE(rendered.save(path)) << file;
    }
    QImage golden(path);
    ASSERT_FALSE(golden.isNull()) << "missing golden " << file << " (run with MOTCUA_UPDATE_GOLDEN=1)";
    golden = golden.convertToFormat(QImage::Format_Grayscale8);
    ASSERT_EQ(rendered.size(), golden.size()) << name << ": layout moved";
    const auto d = compare(rendered, golden);
    // Small tolerance for FreeType antialiasing differences; a moved line or a lost accent is far above it.
    EXPECT_LT(d.meanAbs, 1.0) << name;
    EXPECT_LT(d.changedShare, 0.002) << name;
}

class LayoutGolden : public ::testing::Test {
protected:
    void SetUp() override { test::ensureGuiApplication(); }
};

}  // namespace

TEST_F(LayoutGolden, TicketOn80mmRollMatchesGoldenAndQrReadsBack)
{
    const auto ticket = test::sampleTicket();
    auto image = renderImage(layoutTicket(ticket), thermal80());
    ASSERT_TRUE(image.has_value()) << image.error().message;
    EXPECT_EQ(image->width(), 576);  // 72 mm at 203 dpi
    checkGolden(*image, "ticket-80mm.png");
    EXPECT_EQ(test::decodeQr(*image).value_or("<none>"), ticket.statusUrl);
}

TEST_F(LayoutGolden, ReceiptOn80mmRollMatchesGoldenAndQrHoldsReceiptNumber)
{
    const auto receipt = test::sampleReceipt();
    auto image = renderImage(layoutReceipt(receipt), thermal80());
    ASSERT_TRUE(image.has_value()) << image.error().message;
    checkGolden(*image, "receipt-80mm.png");
    EXPECT_EQ(test::decodeQr(*image).value_or("<none>"), receipt.receiptNumber);
}

TEST_F(LayoutGolden, ReceiptWaitingInOutboxCarriesLocalReference)
{
    auto receipt = test::sampleReceipt();
    receipt.receiptNumber.clear();
    receipt.feePaid = false;
    receipt.delivery = ResultDelivery::InPerson;
    auto image = renderImage(layoutReceipt(receipt), thermal80());
    ASSERT_TRUE(image.has_value()) << image.error().message;
    checkGolden(*image, "receipt-outbox-80mm.png");
    EXPECT_EQ(test::decodeQr(*image).value_or("<none>"), receipt.localReference);
}

TEST_F(LayoutGolden, ReceiptOnA4MatchesGolden)
{
    const auto receipt = test::sampleReceipt();
    auto image = renderImage(layoutReceipt(receipt), a4());
    ASSERT_TRUE(image.has_value()) << image.error().message;
    EXPECT_EQ(image->width(), a4().printableWidthDots());
    checkGolden(*image, "receipt-a4.png");
    EXPECT_EQ(test::decodeQr(*image).value_or("<none>"), receipt.receiptNumber);
}

TEST_F(LayoutGolden, PdfPageIs80mmWide)
{
    auto pdf = renderPdf(layoutTicket(test::sampleTicket()), thermal80());
    ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
    EXPECT_TRUE(pdf->startsWith("%PDF-"));
    const auto size = test::pdfPageSizePt(*pdf);
    ASSERT_TRUE(size.has_value());
    EXPECT_NEAR(size->width(), 80 / 25.4 * 72, 0.5);  // 226.8 pt
    EXPECT_GT(size->height(), size->width());         // a roll page as long as the ticket
}

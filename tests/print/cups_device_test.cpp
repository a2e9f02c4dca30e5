// Printing through a real cupsd to a virtual IPP Everywhere printer (label
// `device`): the document the printer keeps is checked for its page size and
// its QR code; a stopped, a missing and an unreachable printer, and the
// reasons a printer reports, each keep the receipt for reprint.
#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QProcess>

#include "drivers/printer/cups_printer.h"
#include "kiosk/print/print_service.h"
#include "kiosk/store/migrations.h"
#include "print_test_support.h"
#include "private_cups.h"
#include "tests/support/fresh_database.h"

using namespace motcua;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

// What a person would scan: the stored PDF rasterised at the printer's 203 dpi.
std::optional<std::string> qrFromPdf(const fs::path &pdf)
{
    const QString png = QString::fromStdString(pdf.string() + ".png");
    const int rc = QProcess::execute(QStringLiteral("gs"), {QStringLiteral("-q"), QStringLiteral("-dSAFER"),
                                                            QStringLiteral("-dBATCH"), QStringLiteral("-dNOPAUSE"),
                                                            QStringLiteral("-sDEVICE=pnggray"), QStringLiteral("-r203"),
                                                            QStringLiteral("-sOutputFile=") + png,
                                                            QString::fromStdString(pdf.string())});
    if (rc != 0) {
        return std::nullopt;
    }
    return test::decodeQr(QImage(png));
}

QByteArray readAll(const fs::path &file)
{
    QFile in(QString::fromStdString(file.string()));
    in.open(QIODevice::ReadOnly);
    return in.readAll();
}

class CupsDevice : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        test::ensureGuiApplication();
        auto cups = test::PrivateCups::start();
        ASSERT_TRUE(cups.has_value()) << cups.error().message;
        s_cups = std::move(*cups);
    }
    static void TearDownTestSuite() { s_cups.reset(); }

    void SetUp() override
    {
        ASSERT_TRUE(s_cups) << "private cupsd did not start";
        m_db.emplace(freshDatabase());
        m_already = s_cups->receivedDocuments().size();
    }
    void TearDown() override
    {
        ASSERT_TRUE(s_cups->resumeQueue().has_value());
        ASSERT_TRUE(s_cups->setQueueReasons({}).has_value());
    }

    CupsPrinterOptions options(const std::string &queue = test::PrivateCups::queue()) const
    {
        CupsPrinterOptions o;
        o.destination = queue;
        o.server = s_cups->server();
        o.jobTimeout = 10s;
        o.offlineGrace = 1500ms;
        return o;
    }

    static std::unique_ptr<test::PrivateCups> s_cups;
    std::optional<Database> m_db;
    ManualClock m_clock;
    size_t m_already = 0;
};

std::unique_ptr<test::PrivateCups> CupsDevice::s_cups;

}  // namespace

TEST_F(CupsDevice, TicketLandsOn80mmPageAndQrDecodesToStatusUrl)
{
    CupsPrinter printer(options());
    PrintService service(*m_db, printer, m_clock, thermal80());
    const auto ticket = test::sampleTicket();
    auto outcome = service.printTicket(ticket);
    ASSERT_TRUE(outcome.has_value()) << outcome.error().message;
    ASSERT_TRUE(outcome->printed) << outcome->problem->code << "\n" << s_cups->logs();
    EXPECT_GT(outcome->cupsJobId, 0);

    ASSERT_TRUE(s_cups->waitForDocuments(m_already + 1, 5s));
    const auto stored = s_cups->receivedDocuments().back();
    const auto size = test::pdfPageSizePt(readAll(stored));
    ASSERT_TRUE(size.has_value()) << stored;
    EXPECT_NEAR(size->width(), 226.77, 0.5);  // 80 mm
    EXPECT_EQ(qrFromPdf(stored).value_or("<none>"), ticket.statusUrl);
}

TEST_F(CupsDevice, ReceiptQrDecodesToReceiptNumber)
{
    CupsPrinter printer(options());
    PrintService service(*m_db, printer, m_clock, thermal80());
    const auto receipt = test::sampleReceipt();
    auto outcome = service.printReceipt(receipt);
    ASSERT_TRUE(outcome.has_value()) << outcome.error().message;
    ASSERT_TRUE(outcome->printed) << outcome->problem->code;
    ASSERT_TRUE(s_cups->waitForDocuments(m_already + 1, 5s));
    EXPECT_EQ(qrFromPdf(s_cups->receivedDocuments().back()).value_or("<none>"), receipt.receiptNumber);
}

TEST_F(CupsDevice, StoppedQueueKeepsReceiptAndGuideReprintsIt)
{
    ASSERT_TRUE(s_cups->pauseQueue().has_value());
    CupsPrinter printer(options());
    auto status = printer.status();
    ASSERT_TRUE(status.has_value()) << status.error().message;
    EXPECT_EQ(status->state, PrinterState::Stopped);

    PrintService service(*m_db, printer, m_clock, thermal80());
    auto outcome = service.printReceipt(test::sampleReceipt());
    ASSERT_TRUE(outcome.has_value());
    EXPECT_FALSE(outcome->printed);
    EXPECT_EQ(outcome->problem->code, "printer.stopped");
    EXPECT_EQ(outcome->problem->citizenMessage, "Máy in đang tạm dừng.");
    ASSERT_EQ(service.store().unprinted()->size(), 1u);
    EXPECT_EQ(s_cups->receivedDocuments().size(), m_already);  // nothing queued for later

    ASSERT_TRUE(s_cups->resumeQueue().has_value());
    auto again = service.reprint("receipt", test::sampleReceipt().reference(), Reprinter::Guide);
    ASSERT_TRUE(again.has_value());
    EXPECT_TRUE(again->printed);
    EXPECT_TRUE(service.store().unprinted()->empty());
}

TEST_F(CupsDevice, MissingQueueIsReportedInVietnamese)
{
    CupsPrinter printer(options("no-such-printer"));
    EXPECT_EQ(printer.status().error().code, "printer.missing");
    PrintService service(*m_db, printer, m_clock, thermal80());
    auto outcome = service.printTicket(test::sampleTicket());
    ASSERT_TRUE(outcome.has_value());
    EXPECT_FALSE(outcome->printed);
    EXPECT_EQ(outcome->problem->citizenMessage, "Không tìm thấy máy in.");
    EXPECT_EQ(service.store().unprinted()->size(), 1u);
}

TEST_F(CupsDevice, NoCupsdIsUnreachable)
{
    auto o = options();
    o.server = "127.0.0.1:1";  // nothing listens there
    CupsPrinter printer(o);
    EXPECT_EQ(printer.status().error().code, "printer.unreachable");
}

// The reasons a printer reports through the backend (cupsd keeps them on the queue).
class CupsReason : public CupsDevice, public ::testing::WithParamInterface<std::pair<const char *, const char *>> {};

TEST_P(CupsReason, BlocksPrintingAndKeepsReceipt)
{
    const auto [reason, code] = GetParam();
    ASSERT_TRUE(s_cups->setQueueReasons({reason}).has_value());
    CupsPrinter printer(options());
    auto status = printer.status();
    ASSERT_TRUE(status.has_value());
    ASSERT_TRUE(status->blockingProblem().has_value()) << reason;
    EXPECT_EQ(status->blockingProblem()->code, code);

    PrintService service(*m_db, printer, m_clock, thermal80());
    auto outcome = service.printReceipt(test::sampleReceipt());
    ASSERT_TRUE(outcome.has_value());
    EXPECT_FALSE(outcome->printed);
    EXPECT_EQ(outcome->problem->code, code);
    EXPECT_EQ(service.store().unprinted()->size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Reasons, CupsReason,
                         ::testing::Values(std::pair{"media-empty-error", "printer.media_empty"},
                                           std::pair{"media-jam-error", "printer.media_jam"},
                                           std::pair{"cover-open-error", "printer.cover_open"}),
                         [](const auto &info) { return std::string(info.param.second).substr(8); });

TEST_F(CupsDevice, OfflinePrinterTimesOutAsOfflineAndKeepsReceipt)
{
    // A queue whose device nobody answers: the ipp backend reports connecting-to-device.
    ASSERT_TRUE(s_cups->addQueue("motcua-offline", "ipp://127.0.0.1:1/ipp/print").has_value());
    auto o = options("motcua-offline");
    o.jobTimeout = 3s;
    CupsPrinter printer(o);
    PrintService service(*m_db, printer, m_clock, thermal80());
    auto outcome = service.printTicket(test::sampleTicket());
    ASSERT_TRUE(outcome.has_value());
    EXPECT_FALSE(outcome->printed);
    EXPECT_EQ(outcome->problem->code, "printer.offline") << s_cups->logs();
    EXPECT_EQ(outcome->problem->citizenMessage, "Máy in đang mất kết nối.");
    EXPECT_EQ(service.store().unprinted()->size(), 1u);
}

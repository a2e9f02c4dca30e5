// A failed print never loses the receipt: with the fake printer failing in
// each way a thermal printer does, the job stays in SQLite, the citizen gets a
// Vietnamese message, and the receipt can be printed again (citizen once, guide always).
#include <gtest/gtest.h>

#include <future>

#include "drivers/printer/fake_printer.h"
#include "kiosk/print/print_service.h"
#include "kiosk/store/migrations.h"
#include "print_test_support.h"
#include "tests/support/fresh_database.h"

using namespace motcua;

namespace {

class PrintServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::ensureGuiApplication();
        m_db.emplace(freshDatabase());
        m_service.emplace(*m_db, m_printer, m_clock, thermal80());
    }

    FakePrinter m_printer;
    ManualClock m_clock;
    std::optional<Database> m_db;
    std::optional<PrintService> m_service;
};

}  // namespace

TEST_F(PrintServiceTest, PrintsAndRecordsTheJob)
{
    auto outcome = m_service->printReceipt(test::sampleReceipt());
    ASSERT_TRUE(outcome.has_value()) << outcome.error().message;
    EXPECT_TRUE(outcome->printed);
    EXPECT_TRUE(outcome->citizenMessage.empty());
    ASSERT_EQ(m_printer.printed().size(), 1u);
    EXPECT_TRUE(m_printer.printed()[0].pdf.startsWith("%PDF-"));
    EXPECT_EQ(m_printer.printed()[0].title, "receipt 000.00.15.H26-261123-0042");  // no name in the job title
    auto record = m_service->store().find(outcome->recordId);
    ASSERT_TRUE(record.has_value() && record->has_value());
    EXPECT_EQ((*record)->state, PrintJobState::Printed);
    EXPECT_TRUE(m_service->store().unprinted()->empty());
}

class PrinterFault : public PrintServiceTest, public ::testing::WithParamInterface<std::pair<const char *, const char *>> {};

TEST_P(PrinterFault, KeepsReceiptAndTellsCitizenInVietnamese)
{
    const auto [fault, code] = GetParam();
    m_printer.setFault(fault);
    auto outcome = m_service->printReceipt(test::sampleReceipt());
    ASSERT_TRUE(outcome.has_value()) << outcome.error().message;
    EXPECT_FALSE(outcome->printed);
    ASSERT_TRUE(outcome->problem.has_value());
    EXPECT_EQ(outcome->problem->code, code);
    EXPECT_NE(outcome->citizenMessage.find("đã được lưu lại"), std::string::npos) << outcome->citizenMessage;

    auto unprinted = m_service->store().unprinted();
    ASSERT_TRUE(unprinted.has_value());
    ASSERT_EQ(unprinted->size(), 1u);
    EXPECT_EQ(unprinted->front().reference, "000.00.15.H26-261123-0042");
    EXPECT_EQ(unprinted->front().lastError, code);

    // The guide fixes the printer; the citizen reprints once.
    m_printer.setFault("");
    auto again = m_service->reprint("receipt", "000.00.15.H26-261123-0042", Reprinter::Citizen);
    ASSERT_TRUE(again.has_value()) << again.error().message;
    EXPECT_TRUE(again->printed);
    EXPECT_TRUE(m_service->store().unprinted()->empty());
}

INSTANTIATE_TEST_SUITE_P(
    Faults, PrinterFault,
    ::testing::Values(std::pair{"media-empty", "printer.media_empty"}, std::pair{"media-jam", "printer.media_jam"},
                      std::pair{"cover-open", "printer.cover_open"}, std::pair{"offline", "printer.offline"},
                      std::pair{"stopped", "printer.stopped"}, std::pair{"missing", "printer.missing"},
                      std::pair{"abort", "printer.job_aborted"}, std::pair{"unreachable", "printer.unreachable"}),
    [](const auto &info) { return std::string(info.param.second).substr(8); });

TEST_F(PrintServiceTest, LowSupplyStillPrints)
{
    m_printer.setFault("marker-supply-low");
    auto status = m_printer.status();
    ASSERT_TRUE(status.has_value());
    ASSERT_EQ(status->problems.size(), 1u);
    EXPECT_EQ(status->problems[0].code, "printer.marker_low");
    auto outcome = m_service->printTicket(test::sampleTicket());
    ASSERT_TRUE(outcome.has_value());
    EXPECT_TRUE(outcome->printed);
}

TEST_F(PrintServiceTest, CitizenReprintsOnceGuideAlways)
{
    ASSERT_TRUE(m_service->printReceipt(test::sampleReceipt()).has_value());
    const std::string ref = "000.00.15.H26-261123-0042";
    EXPECT_TRUE(m_service->reprint("receipt", ref, Reprinter::Citizen).has_value());
    auto second = m_service->reprint("receipt", ref, Reprinter::Citizen);
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().code, "print.reprint_limit");
    EXPECT_TRUE(m_service->reprint("receipt", ref, Reprinter::Guide).has_value());
    EXPECT_TRUE(m_service->reprint("receipt", ref, Reprinter::Guide).has_value());
    EXPECT_EQ(m_printer.printed().size(), 4u);
    EXPECT_EQ(m_service->reprint("receipt", "nope", Reprinter::Guide).error().code, "print.not_found");
}

TEST_F(PrintServiceTest, RunsOffTheUiThread)
{
    // Rendering and submitting happen on a worker; the store stays on the thread that owns it here.
    auto worker = std::async(std::launch::async, [this] { return m_service->printTicket(test::sampleTicket()); });
    auto outcome = worker.get();
    ASSERT_TRUE(outcome.has_value()) << outcome.error().message;
    EXPECT_TRUE(outcome->printed);
}

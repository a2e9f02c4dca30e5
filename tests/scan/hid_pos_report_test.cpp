// HID-POS scanner reports: codes assembled from the report bytes in
// tests/data/scan-hidpos (64-byte scanned-data reports, report ID first, laid
// out as the HID POS usage tables and Honeywell/Zebra scanners in HID-POS mode
// send them), UTF-8 kept intact across report boundaries, malformed reports
// refused, and the usage page found in report descriptors.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "drivers/scanner/hid_pos_report.h"
#include "drivers/scanner/scanner_factory.h"
#include "kiosk/scan/cccd_payload.h"

namespace motcua {
namespace {

using Report = std::vector<std::uint8_t>;

std::vector<Report> readReports(const std::string &name)
{
    std::ifstream in(std::string(MOTCUA_SOURCE_DIR) + "/tests/data/scan-hidpos/" + name);
    std::vector<Report> reports;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        std::istringstream hex(line);
        Report report;
        unsigned value = 0;
        while (hex >> std::hex >> value) {
            report.push_back(static_cast<std::uint8_t>(value));
        }
        reports.push_back(std::move(report));
    }
    return reports;
}

std::vector<HidPosCode> feed(HidPosReportAssembler &assembler, const std::vector<Report> &reports,
                             std::vector<std::string> *errors = nullptr)
{
    std::vector<HidPosCode> codes;
    for (const auto &report : reports) {
        auto code = assembler.add(report);
        if (!code) {
            if (errors != nullptr) {
                errors->push_back(code.error().code);
            }
        } else if (*code) {
            codes.push_back(**code);
        }
    }
    return codes;
}

TEST(HidPosReport, AssemblesAnIdCardCodeAcrossReportsWithUtf8Intact)
{
    const auto reports = readReports("cccd7-two-reports.hex");
    ASSERT_EQ(reports.size(), 2u);
    ASSERT_EQ(reports[0].size(), 64u);
    HidPosReportAssembler assembler;
    auto first = assembler.add(reports[0]);
    ASSERT_TRUE(first);
    EXPECT_FALSE(*first) << "the first report continues";
    auto second = assembler.add(reports[1]);
    ASSERT_TRUE(second);
    ASSERT_TRUE(*second);
    EXPECT_EQ((*second)->aim, "]Q1");
    EXPECT_EQ((*second)->text,
              "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội|15042021");
    const auto card = parseCccdPayload((*second)->text, CivilDate{2026, 1, 5});
    ASSERT_TRUE(card) << card.error().code;
    EXPECT_EQ(card->fullName, "Nguyễn Văn An");
}

TEST(HidPosReport, ReadsASingleReportCodeAndKeepsGoing)
{
    auto reports = readReports("receipt-one-report.hex");
    const auto card = readReports("cccd7-two-reports.hex");
    reports.insert(reports.end(), card.begin(), card.end());
    reports.push_back(readReports("receipt-one-report.hex").front());
    HidPosReportAssembler assembler;
    const auto codes = feed(assembler, reports);
    ASSERT_EQ(codes.size(), 3u);
    EXPECT_EQ(codes[0].text, "MOTCUA:R:HN1-20250704-0042");
    EXPECT_EQ(codes[2].text, "MOTCUA:R:HN1-20250704-0042");
}

TEST(HidPosReport, IgnoresOtherReportsAndEmptyCodes)
{
    HidPosReportAssembler assembler;
    Report status(64, 0);
    status[0] = 0x04;  // a status or vendor report
    Report empty(64, 0);
    empty[0] = 0x02;  // zero data bytes
    EXPECT_TRUE(feed(assembler, {status, empty, Report{}}).empty());
}

TEST(HidPosReport, RefusesMalformedReportsAndDropsThePartialCode)
{
    const auto card = readReports("cccd7-two-reports.hex");
    Report lying = card[1];
    lying[1] = 57;  // more than a report can hold
    Report truncated = {0x02, 0x05, ']'};
    HidPosReportAssembler assembler;
    std::vector<std::string> errors;
    const auto codes = feed(assembler, {card[0], lying, truncated, card[1]}, &errors);
    EXPECT_EQ(errors, (std::vector<std::string>{"hidpos.report", "hidpos.report"}));
    ASSERT_EQ(codes.size(), 1u);
    // The first half was dropped with the bad report: what is left is only the tail.
    EXPECT_FALSE(codes[0].text.starts_with("001090123456"));
    EXPECT_FALSE(parseCccdPayload(codes[0].text, CivilDate{2026, 1, 5}));
}

TEST(HidPosReport, RefusesAnOverlongCode)
{
    const auto card = readReports("cccd7-two-reports.hex");
    Report continued = card[0];
    std::vector<Report> reports(HidPosReportAssembler::kMaxCode / 56 + 2, continued);
    reports.push_back(card[1]);
    HidPosReportAssembler assembler;
    std::vector<std::string> errors;
    EXPECT_TRUE(feed(assembler, reports, &errors).empty());
    EXPECT_EQ(errors, std::vector<std::string>{"hidpos.too_long"});
    EXPECT_EQ(feed(assembler, card).size(), 1u) << "the next code reads again";
}

TEST(HidPosReport, FindsTheBarCodeScannerUsagePage)
{
    // Usage Page (0x8C), Usage (Bar Code Scanner), Collection (Application) …
    const Report pos = {0x05, 0x8C, 0x09, 0x02, 0xA1, 0x01, 0x85, 0x02, 0x09, 0x12, 0xC0};
    const Report posLong = {0x06, 0x8C, 0x00, 0x09, 0x02, 0xA1, 0x01, 0xC0};
    // A keyboard: Usage Page (Generic Desktop), Usage (Keyboard); 0x8C only as data of another item.
    const Report keyboard = {0x05, 0x01, 0x09, 0x06, 0xA1, 0x01, 0x15, 0x8C, 0xC0};
    const Report cut = {0x06, 0x8C};
    EXPECT_TRUE(declaresBarCodeScannerPage(pos));
    EXPECT_TRUE(declaresBarCodeScannerPage(posLong));
    EXPECT_FALSE(declaresBarCodeScannerPage(keyboard));
    EXPECT_FALSE(declaresBarCodeScannerPage(cut));
}

TEST(HidPosReport, FactoryBuildsTheBackend)
{
    ScannerConfig config;
    config.backend = "hidpos";
    const auto scanner = makeCodeScanner(config);
    ASSERT_TRUE(scanner);
    EXPECT_EQ((*scanner)->backendName(), "hidpos");
    EXPECT_TRUE((*scanner)->carriesUtf8Intact());
    config.device = "/nonexistent/hidraw9";
    const auto missing = makeCodeScanner(config);
    ASSERT_TRUE(missing);
    const auto started = (*missing)->start([](const ScannedCode &) {}, [](const Error &) {});
    ASSERT_FALSE(started);
    EXPECT_EQ(started.error().code, "scanner.open");
}

}  // namespace
}  // namespace motcua

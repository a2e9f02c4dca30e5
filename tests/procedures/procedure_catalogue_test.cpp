#include "kiosk/procedures/procedure_catalogue.h"

#include <gtest/gtest.h>

namespace motcua::procedures {
namespace {

constexpr const char *kSample = R"({
  "catalogue_date": "2025-11-01",
  "usd_note_vi": "Lệ phí bằng USD thu bằng đồng Việt Nam theo tỷ giá.",
  "usd_note_en": "USD fees are paid in dong at the exchange rate.",
  "sources": [{"id": "tt25", "title": "Circular 25/2021/TT-BTC", "url": "https://example.vn/tt25"}],
  "procedures": [
    {"code": "passport.first_issue", "name_vi": "Cấp hộ chiếu phổ thông lần đầu", "name_en": "Ordinary passport, first issue",
     "name_zh": "首次签发普通护照", "for_vi": "Công dân Việt Nam", "papers_vi": ["Tờ khai TK01"], "papers_en": ["Form TK01"],
     "online": "full", "fee": {"amount": 200000, "currency": "VND", "reduced": {"amount": 100000, "valid_from": "2025-07-01", "valid_to": "2026-12-31"}},
     "return_working_days": 8, "delivery": ["pickup", "post"]},
    {"code": "foreigner.temporary_residence_card", "name_vi": "Cấp thẻ tạm trú cho người nước ngoài",
     "name_en": "Temporary residence card for foreigners", "online": "partial",
     "fee": {"amount": 145, "currency": "USD", "note_en": "2 years or less"}, "return_working_days": 5, "delivery": ["pickup"]},
    {"code": "passport.lost_report", "name_vi": "Trình báo mất hộ chiếu phổ thông", "name_en": "Report of a lost passport",
     "online": "full", "fee": {"amount": 0, "currency": "VND"}, "return_days": 1, "delivery": ["online"]}
  ]})";

ProcedureCatalogue sample()
{
    auto catalogue = ProcedureCatalogue::parse(kSample);
    EXPECT_TRUE(catalogue) << (catalogue ? "" : catalogue.error().message);
    return std::move(*catalogue);
}

TEST(ProcedureCatalogue, ReadsEveryField)
{
    const auto catalogue = sample();
    ASSERT_EQ(catalogue.procedures().size(), 3u);
    EXPECT_EQ(catalogue.catalogueDate(), "2025-11-01");
    ASSERT_EQ(catalogue.sources().size(), 1u);
    const auto *passport = catalogue.find("passport.first_issue");
    ASSERT_NE(passport, nullptr);
    EXPECT_EQ(passport->online, Online::Full);
    ASSERT_TRUE(passport->fee);
    EXPECT_EQ(passport->fee->amount, 200000);
    EXPECT_EQ(passport->returnDays, 8);
    EXPECT_TRUE(passport->pickup && passport->post);
    const auto *card = catalogue.find("foreigner.temporary_residence_card");
    ASSERT_NE(card, nullptr);
    EXPECT_EQ(card->fee->currency, Currency::Usd);
    EXPECT_TRUE(card->pickup && !card->post);
    EXPECT_EQ(card->online, Online::Partial);
}

TEST(ProcedureCatalogue, AReductionAppliesOnlyWithinItsPeriod)
{
    const auto catalogue = sample();
    const auto &fee = *catalogue.find("passport.first_issue")->fee;
    EXPECT_EQ(fee.reductionOn("2025-06-30"), nullptr);
    ASSERT_NE(fee.reductionOn("2025-07-01"), nullptr);
    EXPECT_EQ(fee.reductionOn("2026-11-23")->amount, 100000);
    EXPECT_NE(fee.reductionOn("2026-12-31"), nullptr);
    EXPECT_EQ(fee.reductionOn("2027-01-01"), nullptr);
    EXPECT_TRUE(catalogue.find("passport.lost_report")->electronic);
    EXPECT_FALSE(catalogue.find("passport.lost_report")->pickup);
}

TEST(ProcedureCatalogue, TextFallsBackToEnglishThenVietnamese)
{
    const auto catalogue = sample();
    const auto *passport = catalogue.find("passport.first_issue");
    EXPECT_EQ(passport->name.in("zh"), "首次签发普通护照");
    EXPECT_EQ(passport->name.in("ko"), "Ordinary passport, first issue");
    EXPECT_EQ(passport->forWhom.in("en"), "Công dân Việt Nam");
    EXPECT_EQ(passport->papersIn("ja").front(), "Form TK01");
    EXPECT_EQ(passport->papersIn("vi").front(), "Tờ khai TK01");
}

TEST(ProcedureCatalogue, SearchIgnoresDiacriticsCaseAndWordOrder)
{
    const auto catalogue = sample();
    EXPECT_EQ(catalogue.search("ho chieu").size(), 2u);
    EXPECT_EQ(catalogue.search("HỘ CHIẾU mất").size(), 1u);
    EXPECT_EQ(catalogue.search("chieu ho").size(), 2u);
    EXPECT_EQ(catalogue.search("the tam tru").size(), 1u);
    EXPECT_EQ(catalogue.search("residence").size(), 1u);
    EXPECT_EQ(catalogue.search("护照").size(), 1u);
    EXPECT_EQ(catalogue.search("").size(), 3u);
    EXPECT_TRUE(catalogue.search("visa cho tre em").empty());
}

TEST(ProcedureCatalogue, LiveFiguresReplaceBundledOnesInDong)
{
    auto catalogue = sample();
    const int changed = catalogue.applyLiveFigures(
        {{"passport.first_issue", 180000, 5}, {"foreigner.temporary_residence_card", 999, 0}, {"unknown", 1, 1}},
        "2026-11-01");
    EXPECT_EQ(changed, 1);
    EXPECT_EQ(catalogue.find("passport.first_issue")->fee->amount, 180000);
    EXPECT_EQ(catalogue.find("passport.first_issue")->returnDays, 5);
    EXPECT_EQ(catalogue.find("foreigner.temporary_residence_card")->fee->amount, 145);  // USD fees stay
    EXPECT_EQ(catalogue.catalogueDate(), "2026-11-01");
}

TEST(ProcedureCatalogue, BadCataloguesAreRefusedWithTheEntryAtFault)
{
    EXPECT_EQ(ProcedureCatalogue::parse("[]").error().code, "procedures.json");
    EXPECT_EQ(ProcedureCatalogue::parse(R"({"procedures": []})").error().code, "procedures.json");
    const auto noName = ProcedureCatalogue::parse(R"({"procedures": [{"code": "a"}]})");
    ASSERT_FALSE(noName);
    EXPECT_NE(noName.error().message.find("procedure 1"), std::string::npos);
    const auto badFee = ProcedureCatalogue::parse(
        R"({"procedures": [{"code": "a", "name_vi": "A", "fee": {"amount": -1, "currency": "VND"}}]})");
    ASSERT_FALSE(badFee);
    EXPECT_NE(badFee.error().message.find("(a)"), std::string::npos);
    const auto badCurrency = ProcedureCatalogue::parse(
        R"({"procedures": [{"code": "a", "name_vi": "A", "fee": {"amount": 1, "currency": "EUR"}}]})");
    EXPECT_FALSE(badCurrency);
    const auto twice = ProcedureCatalogue::parse(
        R"({"procedures": [{"code": "a", "name_vi": "A"}, {"code": "a", "name_vi": "B"}]})");
    EXPECT_FALSE(twice);
}

TEST(ProcedureCatalogue, TheBundledCatalogueLoads)
{
    const auto catalogue =
        ProcedureCatalogue::load(std::filesystem::path(MOTCUA_SOURCE_DIR) / "assets/catalogue/immigration-procedures.json");
    ASSERT_TRUE(catalogue) << catalogue.error().message;
    EXPECT_FALSE(catalogue->catalogueDate().empty());
    for (const auto &p : catalogue->procedures()) {
        EXPECT_FALSE(p.name.in("en").empty()) << p.code;
    }
    EXPECT_FALSE(catalogue->search("ho chieu").empty());
}

}  // namespace
}  // namespace motcua::procedures

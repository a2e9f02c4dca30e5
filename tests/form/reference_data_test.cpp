// The bundled lists: complete, and searchable without diacritics.
#include <gtest/gtest.h>

#include "form_test_support.h"

namespace motcua::form {
namespace {

using testing::bundled;

TEST(AdminUnitsTest, HasThePost2025Structure)
{
    EXPECT_EQ(bundled().adminUnits.provinces().size(), 34u);
    EXPECT_EQ(bundled().adminUnits.communeCount(), 3321u);
    ASSERT_NE(bundled().adminUnits.findProvince("01"), nullptr);
    EXPECT_EQ(bundled().adminUnits.findProvince("01")->shortName, "Hà Nội");
    EXPECT_EQ(bundled().adminUnits.findProvince("35"), nullptr);  // Hà Nam merged into Ninh Bình
}

TEST(AdminUnitsTest, FindsProvinceWithoutDiacritics)
{
    const auto hits = bundled().adminUnits.searchProvinces("ha noi");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.front()->code, "01");
    const auto hcm = bundled().adminUnits.searchProvinces("ho chi minh");
    ASSERT_FALSE(hcm.empty());
    EXPECT_EQ(hcm.front()->code, "79");
}

TEST(AdminUnitsTest, FindsCommuneWithoutDiacriticsExactNameFirst)
{
    const auto hits = bundled().adminUnits.searchCommunes("01", "dong da");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.front().commune->name, "Phường Đống Đa");
    EXPECT_EQ(hits.front().province->code, "01");
}

TEST(AdminUnitsTest, SearchesAllProvincesAndLimits)
{
    const auto all = bundled().adminUnits.searchCommunes("", "an", 10);
    EXPECT_EQ(all.size(), 10u);
    EXPECT_TRUE(bundled().adminUnits.searchCommunes("01", "khong co xa nay").empty());
}

TEST(AdminUnitsTest, RefusesBrokenFiles)
{
    EXPECT_EQ(AdminUnits::parse("[]").error().code, "admin_units.json");
    EXPECT_EQ(AdminUnits::parse(R"({"provinces":[{"code":"01"}]})").error().code, "admin_units.json");
    EXPECT_EQ(AdminUnits::load("/nonexistent/admin.json").error().code, "admin_units.read");
}

TEST(ReferenceListTest, HasFiftyFourEthnicGroups)
{
    EXPECT_EQ(bundled().ethnicities.items().size(), 54u);
    EXPECT_EQ(bundled().ethnicities.find("01")->nameVi, "Kinh");
    EXPECT_EQ(bundled().ethnicities.find("54")->nameVi, "Rơ-măm");
}

TEST(ReferenceListTest, SearchesWithoutDiacritics)
{
    const auto ede = bundled().ethnicities.search("e de");
    ASSERT_FALSE(ede.empty());
    EXPECT_EQ(ede.front()->nameVi, "Ê-đê");
    const auto hoaHao = bundled().religions.search("hoa hao");
    ASSERT_EQ(hoaHao.size(), 1u);
    EXPECT_EQ(hoaHao.front()->nameVi, "Phật giáo Hòa Hảo");
    EXPECT_EQ(bundled().religions.search("").size(), bundled().religions.items().size());
}

TEST(FeeCatalogueTest, FeesComeFromTheBundledCatalogue)
{
    const auto &fees = bundled().fees;
    EXPECT_FALSE(fees.catalogueDate().empty());
    // After the temporary reduction of Circular 64/2025/TT-BTC: the normal fees of Circular 25/2021/TT-BTC.
    const std::string after = "2027-01-01";
    EXPECT_EQ(fees.feeFor("first_issue", after)->feeVnd, 200000);
    EXPECT_EQ(fees.feeFor("reissue_lost", after)->feeVnd, 400000);
    EXPECT_EQ(fees.feeFor("reissue_damaged", after)->feeVnd, 400000);
    EXPECT_EQ(fees.feeFor("reissue_expired", after)->returnWorkingDays, 8);
    EXPECT_EQ(fees.feeFor("visa", after).error().code, "catalogue.no_procedure");
}

TEST(FeeCatalogueTest, HalfFeeInsideTheReductionPeriod)
{
    const auto &fees = bundled().fees;
    const auto first = fees.feeFor("first_issue", "2026-11-23");
    ASSERT_TRUE(first);
    EXPECT_EQ(first->feeVnd, 100000);
    EXPECT_EQ(first->normalFeeVnd, 200000);
    EXPECT_EQ(first->reducedUntil, "2026-12-31");
    EXPECT_NE(first->reductionSource.find("64/2025"), std::string::npos);
    EXPECT_EQ(fees.feeFor("reissue_lost", "2025-07-01")->feeVnd, 200000);  // first day
    EXPECT_EQ(fees.feeFor("reissue_lost", "2026-12-31")->feeVnd, 200000);  // last day
    EXPECT_EQ(fees.feeFor("first_issue", "2025-06-30")->feeVnd, 200000);   // before
    EXPECT_TRUE(fees.feeFor("first_issue", "2027-01-01")->reducedUntil.empty());
}

TEST(FeeCatalogueTest, AmountIsData)
{
    const auto catalogue = FeeCatalogue::parse(
        R"({"procedures":[{"code":"x","fee_vnd":180000,"request_types":["first_issue"]}]})");
    ASSERT_TRUE(catalogue);
    EXPECT_EQ(catalogue->feeFor("first_issue", "2026-01-01")->feeVnd, 180000);
    EXPECT_EQ(FeeCatalogue::parse(R"({"procedures":[{"code":"x","fee_vnd":"free"}]})").error().code,
              "catalogue.json");
    EXPECT_EQ(FeeCatalogue::parse(R"({"procedures":[{"code":"x","fee_vnd":1,"request_types":[],"reduced":{}}]})")
                  .error()
                  .code,
              "catalogue.json");
}

}  // namespace
}  // namespace motcua::form

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
    EXPECT_EQ(fees.feeFor("first_issue")->feeVnd, 200000);
    EXPECT_EQ(fees.feeFor("reissue_lost")->feeVnd, 400000);
    EXPECT_EQ(fees.feeFor("reissue_damaged")->feeVnd, 400000);
    EXPECT_EQ(fees.feeFor("reissue_expired")->returnWorkingDays, 8);
    EXPECT_EQ(fees.feeFor("visa").error().code, "catalogue.no_procedure");
}

TEST(FeeCatalogueTest, AmountIsData)
{
    const auto catalogue = FeeCatalogue::parse(
        R"({"procedures":[{"code":"x","fee_vnd":180000,"request_types":["first_issue"]}]})");
    ASSERT_TRUE(catalogue);
    EXPECT_EQ(catalogue->feeFor("first_issue")->feeVnd, 180000);
    EXPECT_EQ(FeeCatalogue::parse(R"({"procedures":[{"code":"x","fee_vnd":"free"}]})").error().code,
              "catalogue.json");
}

}  // namespace
}  // namespace motcua::form

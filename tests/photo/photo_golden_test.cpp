// Golden images from tools/make-photo-samples.cpp: each gives its expected
// verdict, and a failing image fails (at least) its expected check.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "kiosk/photo/photo_analyzer.h"
#include "kiosk/photo/photo_guidance.h"

namespace motcua::photo {
namespace {

const std::string kDataDir = std::string(MOTCUA_SOURCE_DIR) + "/tests/data/photo/";

nlohmann::json manifest()
{
    std::ifstream in(kDataDir + "manifest.json");
    return nlohmann::json::parse(in);
}

std::string describe(const PhotoReport &report)
{
    std::string text;
    for (const auto &c : report.checks) {
        text += std::string(checkCode(c.id)) + "=" + std::string(outcomeName(c.outcome)) + "(" +
                std::to_string(c.value) + ") ";
    }
    return text;
}

TEST(PhotoGolden, EveryImageGivesItsExpectedVerdictAndFailingCheck)
{
    const auto samples = manifest();
    ASSERT_GE(samples.size(), 10u);
    auto analyzer = PhotoAnalyzer::create(PhotoAnalyzer::Mode::Still);
    ASSERT_TRUE(analyzer) << analyzer.error().message;
    for (const auto &sample : samples) {
        const std::string file = sample.at("file");
        SCOPED_TRACE(file);
        const cv::Mat image = cv::imread(kDataDir + file, cv::IMREAD_COLOR);
        ASSERT_FALSE(image.empty());
        (*analyzer)->reset();
        const PhotoReport report = (*analyzer)->analyze(image);
        EXPECT_EQ(report.accepted(), sample.at("accepted").get<bool>()) << describe(report);
        const std::string failing = sample.at("failing");
        if (!failing.empty()) {
            const auto id = checkFromCode(failing);
            ASSERT_TRUE(id.has_value());
            const auto failed = report.failedChecks();
            EXPECT_NE(std::find(failed.begin(), failed.end(), *id), failed.end()) << describe(report);
        }
    }
}

TEST(PhotoGolden, TheGoodImagePassesEveryCheckAndIsReady)
{
    auto analyzer = PhotoAnalyzer::create(PhotoAnalyzer::Mode::Still);
    ASSERT_TRUE(analyzer);
    const PhotoReport report = (*analyzer)->analyze(cv::imread(kDataDir + "good.jpg", cv::IMREAD_COLOR));
    for (const auto &c : report.checks) {
        EXPECT_EQ(c.outcome, Outcome::Pass) << checkCode(c.id) << " value " << c.value;
    }
    EXPECT_TRUE(guidanceFor(report).ready);
    EXPECT_FALSE(report.reviewItems.empty());
}

TEST(PhotoGolden, LiveModeFollowsTheFaceAndAgreesWithStillMode)
{
    auto live = PhotoAnalyzer::create(PhotoAnalyzer::Mode::Live);
    ASSERT_TRUE(live);
    const cv::Mat good = cv::imread(kDataDir + "good.jpg", cv::IMREAD_COLOR);
    for (int i = 0; i < 6; ++i) {  // full scan, then tracked frames
        const PhotoReport report = (*live)->analyze(good);
        EXPECT_TRUE(report.accepted()) << "frame " << i << ": " << describe(report);
    }
    const PhotoReport twoFaces = (*live)->analyze(cv::imread(kDataDir + "two_faces.jpg", cv::IMREAD_COLOR));
    EXPECT_FALSE(twoFaces.accepted());
}

}  // namespace
}  // namespace motcua::photo

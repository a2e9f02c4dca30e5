#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "kiosk/photo/frozen_frame_detector.h"
#include "kiosk/photo/photo_analyzer.h"
#include "kiosk/photo/photo_guidance.h"
#include "kiosk/photo/photo_output.h"

namespace motcua::photo {
namespace {

const std::string kDataDir = std::string(MOTCUA_SOURCE_DIR) + "/tests/data/photo/";

PhotoReport reportWith(std::vector<std::pair<CheckId, Outcome>> outcomes, int faces = 1)
{
    PhotoReport report;
    report.faceCount = faces;
    for (CheckId id : kAllChecks) {
        PhotoCheck c{id, Outcome::Pass, 0, 0, 1, "", "", ""};
        if (id == CheckId::FaceCount) {
            c.value = faces;
            c.min = c.max = 1;
            c.outcome = faces == 1 ? Outcome::Pass : Outcome::Fail;
        }
        for (const auto &[which, outcome] : outcomes) {
            if (which == id) {
                c.outcome = outcome;
            }
        }
        report.checks.push_back(c);
    }
    report.face = FaceGeometry{};
    return report;
}

TEST(PhotoGuidance, OneMessageMostImportantFirst)
{
    auto g = guidanceFor(reportWith({{CheckId::Sharpness, Outcome::Fail}, {CheckId::Yaw, Outcome::Fail}}));
    EXPECT_EQ(g.code, "guide.look_straight");
    EXPECT_EQ(g.textVi, "Nhìn thẳng vào camera");
    EXPECT_FALSE(g.ready);
    EXPECT_EQ(guidanceFor(reportWith({{CheckId::Glare, Outcome::Fail}})).textVi, "Bỏ kính ra");
    EXPECT_EQ(guidanceFor(reportWith({}, 0)).code, "guide.step_in");
    EXPECT_EQ(guidanceFor(reportWith({}, 2)).code, "guide.one_person");
    EXPECT_TRUE(guidanceFor(reportWith({})).ready);
}

TEST(PhotoGuidance, HeadSizeSaysWhichWay)
{
    auto small = reportWith({{CheckId::HeadSize, Outcome::Fail}});
    const_cast<PhotoCheck *>(small.check(CheckId::HeadSize))->value = 0.5;
    const_cast<PhotoCheck *>(small.check(CheckId::HeadSize))->max = 0.8;
    EXPECT_EQ(guidanceFor(small).textVi, "Tiến lại gần hơn");
    const_cast<PhotoCheck *>(small.check(CheckId::HeadSize))->value = 0.9;
    EXPECT_EQ(guidanceFor(small).code, "guide.move_back");
}

TEST(PhotoOutput, CropIs600x900AndBaselineJpegWellUnder4MB)
{
    auto analyzer = PhotoAnalyzer::create(PhotoAnalyzer::Mode::Still);
    ASSERT_TRUE(analyzer);
    const cv::Mat frame = cv::imread(kDataDir + "good.jpg", cv::IMREAD_COLOR);
    const PhotoReport report = (*analyzer)->analyze(frame);
    auto crop = cropPassportPhoto(frame, report, (*analyzer)->rules());
    ASSERT_TRUE(crop) << crop.error().message;
    EXPECT_EQ(crop->cols, 600);
    EXPECT_EQ(crop->rows, 900);
    auto jpeg = encodeBaselineJpeg(*crop);
    ASSERT_TRUE(jpeg);
    EXPECT_LT(jpeg->size(), 1u << 20);
    // Baseline: a SOF0 marker and no progressive SOF2.
    bool sof0 = false, sof2 = false;
    for (size_t i = 0; i + 1 < jpeg->size(); ++i) {
        if ((*jpeg)[i] == 0xFF && (*jpeg)[i + 1] == 0xC0) sof0 = true;
        if ((*jpeg)[i] == 0xFF && (*jpeg)[i + 1] == 0xC2) sof2 = true;
    }
    EXPECT_TRUE(sof0);
    EXPECT_FALSE(sof2);
    // The output still passes the head-size and eye-line checks on its own.
    auto again = PhotoAnalyzer::create(PhotoAnalyzer::Mode::Still);
    const PhotoReport out = (*again)->analyze(cv::imdecode(*jpeg, cv::IMREAD_COLOR));
    ASSERT_EQ(out.faceCount, 1);
    EXPECT_EQ(out.check(CheckId::HeadSize)->outcome, Outcome::Pass) << out.check(CheckId::HeadSize)->value;
    EXPECT_EQ(out.check(CheckId::EyeLine)->outcome, Outcome::Pass) << out.check(CheckId::EyeLine)->value;
}

TEST(PhotoOutput, NoFaceNoCrop)
{
    auto analyzer = PhotoAnalyzer::create(PhotoAnalyzer::Mode::Still);
    const cv::Mat frame = cv::imread(kDataDir + "no_face.jpg", cv::IMREAD_COLOR);
    const auto crop = cropPassportPhoto(frame, (*analyzer)->analyze(frame), (*analyzer)->rules());
    ASSERT_FALSE(crop);
    EXPECT_EQ(crop.error().code, "photo.no_face");
}

TEST(PhotoOutput, BestFrameKeepsTheSharpestAcceptedFrame)
{
    auto analyzer = PhotoAnalyzer::create(PhotoAnalyzer::Mode::Still);
    const cv::Mat good = cv::imread(kDataDir + "good.jpg", cv::IMREAD_COLOR);
    const cv::Mat blurred = cv::imread(kDataDir + "blurred.jpg", cv::IMREAD_COLOR);
    cv::Mat slightlySoft;
    cv::GaussianBlur(good, slightlySoft, {0, 0}, 1.0);
    BestFrameSelector best;
    for (const cv::Mat *f : std::vector<const cv::Mat *>{&slightlySoft, &blurred, &good}) {
        best.offer(*f, (*analyzer)->analyze(*f));
    }
    ASSERT_FALSE(best.empty());
    EXPECT_EQ(best.offered(), 3);
    EXPECT_EQ(cv::norm(best.frame(), good, cv::NORM_INF), 0);
}

TEST(FrozenFrames, IdenticalFramesInARowMeanFrozen)
{
    FrozenFrameDetector detector(3);
    cv::Mat frame(72, 128, CV_8UC3, cv::Scalar(10, 20, 30));
    EXPECT_FALSE(detector.frozen(frame));
    EXPECT_FALSE(detector.frozen(frame));
    EXPECT_FALSE(detector.frozen(frame));
    EXPECT_TRUE(detector.frozen(frame));
    cv::Mat changed = frame.clone();
    changed.at<cv::Vec3b>(0, 0)[0] = 99;
    EXPECT_FALSE(detector.frozen(changed));
}

}  // namespace
}  // namespace motcua::photo

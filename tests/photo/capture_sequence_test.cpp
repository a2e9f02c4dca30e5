// When the photo is taken: a steady pass, the 3-2-1 countdown by the frames'
// capture times, a blink tolerated, a turn-away restarting, the best frame of
// the burst kept.
#include <gtest/gtest.h>

#include "kiosk/photo/capture_sequence.h"

namespace motcua::photo {
namespace {

using namespace std::chrono_literals;
using Phase = CaptureSequence::Phase;

PhotoReport report(bool pass, double sharpness = 300)
{
    PhotoReport r;
    r.faceCount = 1;
    r.face = FaceGeometry{};
    r.checks.push_back({CheckId::FaceCount, Outcome::Pass, 1, 1, 1, "faces", "", ""});
    r.checks.push_back({CheckId::Sharpness, pass ? Outcome::Pass : Outcome::Fail, sharpness, 200, 1e12, "var", "", ""});
    return r;
}

struct Feeder {
    CaptureSequence sequence;
    std::chrono::steady_clock::time_point t{};
    cv::Mat frame = cv::Mat(4, 4, CV_8UC3, cv::Scalar(1, 2, 3));
    Phase feed(bool pass, std::chrono::milliseconds step = 100ms, double sharpness = 300)
    {
        t += step;
        return sequence.feed(frame, report(pass, sharpness), t);
    }
};

TEST(CaptureSequence, SteadyPassThenCountdownThenBurst)
{
    Feeder f;
    EXPECT_EQ(f.feed(false), Phase::Aligning);
    EXPECT_EQ(f.feed(true), Phase::Steady);
    for (int i = 0; i < 9; ++i) {
        EXPECT_EQ(f.feed(true), Phase::Steady) << i;
    }
    EXPECT_EQ(f.feed(true), Phase::Countdown);  // 1 s steady
    EXPECT_EQ(f.sequence.countdown(), 3);
    f.feed(true, 1000ms);
    EXPECT_EQ(f.sequence.countdown(), 2);
    f.feed(true, 1000ms);
    EXPECT_EQ(f.sequence.countdown(), 1);
    EXPECT_EQ(f.feed(true, 1000ms), Phase::Burst);
    EXPECT_EQ(f.sequence.countdown(), 0);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(f.feed(true, 33ms, 400 + i), Phase::Burst);
    }
    EXPECT_EQ(f.feed(false, 33ms), Phase::Done);  // a failing frame never wins
    ASSERT_FALSE(f.sequence.best().empty());
    EXPECT_EQ(f.sequence.best().report().check(CheckId::Sharpness)->value, 402);
}

TEST(CaptureSequence, BlinkToleratedTurnAwayRestarts)
{
    Feeder f;
    f.feed(true);
    f.feed(true, 1000ms);
    ASSERT_EQ(f.sequence.phase(), Phase::Countdown);
    EXPECT_EQ(f.feed(false, 200ms), Phase::Countdown);  // a blink
    EXPECT_EQ(f.feed(true, 100ms), Phase::Countdown);
    EXPECT_EQ(f.feed(false, 400ms), Phase::Countdown);
    EXPECT_EQ(f.feed(false, 400ms), Phase::Aligning);  // 0.8 s without a pass
    EXPECT_EQ(f.sequence.countdown(), 0);
}

TEST(CaptureSequence, SteadyBrokenByFailingFrame)
{
    Feeder f;
    f.feed(true);
    EXPECT_EQ(f.feed(false, 500ms), Phase::Aligning);
    EXPECT_EQ(f.feed(true, 800ms), Phase::Steady);  // starts over
}

TEST(CaptureSequence, GuideKeepsAFailingFrame)
{
    Feeder f;
    f.sequence.keep(f.frame, report(false));
    EXPECT_EQ(f.sequence.phase(), Phase::Done);
    EXPECT_FALSE(f.sequence.best().empty());
    EXPECT_FALSE(f.sequence.best().report().accepted());
    f.sequence.reset();
    EXPECT_TRUE(f.sequence.best().empty());
}

}  // namespace
}  // namespace motcua::photo

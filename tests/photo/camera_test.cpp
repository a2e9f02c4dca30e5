#include <gtest/gtest.h>

#include "drivers/camera/camera_factory.h"
#include "drivers/camera/fake_camera.h"

namespace motcua {
namespace {

using namespace std::chrono_literals;

TEST(FakeCamera, NoDeviceFailsAtStart)
{
    FakeCamera camera({}, {.noDevice = true});
    const auto started = camera.start();
    ASSERT_FALSE(started);
    EXPECT_EQ(started.error().code, "camera.no_device");
}

TEST(FakeCamera, NewestFrameWinsOlderAreDropped)
{
    FakeCamera camera;
    camera.setManual(true);
    ASSERT_TRUE(camera.start());
    for (int i = 0; i < 5; ++i) {
        camera.pump();
    }
    auto frame = camera.nextFrame(0, 0ms);
    ASSERT_TRUE(frame);
    EXPECT_EQ(frame->sequence, 5u);
    EXPECT_EQ(frame->image.size(), cv::Size(1280, 720));
    const auto none = camera.nextFrame(5, 0ms);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, "camera.timeout");
}

TEST(FakeCamera, UnpluggedMidSessionReportsDisconnected)
{
    FakeCamera camera({}, {.unplugAfterFrames = 3});
    camera.setManual(true);
    ASSERT_TRUE(camera.start());
    for (int i = 0; i < 4; ++i) {
        camera.pump();
    }
    const auto frame = camera.nextFrame(0, 0ms);
    ASSERT_FALSE(frame);
    EXPECT_EQ(frame.error().code, "camera.disconnected");
}

TEST(FakeCamera, FrozenFramesAreReported)
{
    FakeCamera camera({}, {.freezeAfterFrames = 2});
    camera.setManual(true);
    ASSERT_TRUE(camera.start());
    for (int i = 0; i < 20; ++i) {
        camera.pump();
    }
    const auto frame = camera.nextFrame(0, 0ms);
    ASSERT_FALSE(frame);
    EXPECT_EQ(frame.error().code, "camera.frozen");
}

TEST(CameraFactory, FileBackendPlaysTheBundledSample)
{
    setenv("MOTCUA_ASSET_DIR", MOTCUA_SOURCE_DIR "/assets", 1);
    auto camera = makeCamera(CameraConfig{"file", "", ""});
    ASSERT_TRUE(camera);
    ASSERT_TRUE((*camera)->start());
    // Waits for a frame the worker thread decodes; not a timing assertion.
    auto frame = (*camera)->nextFrame(0, 10s);
    ASSERT_TRUE(frame) << frame.error().message;
    EXPECT_EQ(frame->image.size(), cv::Size(1280, 720));
    (*camera)->stop();
}

TEST(CameraFactory, UnknownAndNoneBackendsAreErrors)
{
    EXPECT_EQ(makeCamera(CameraConfig{"none", "", ""}).error().code, "camera.none");
    EXPECT_EQ(makeCamera(CameraConfig{"webcam9000", "", ""}).error().code, "camera.unknown_backend");
    auto missing = makeCamera(CameraConfig{"v4l2", "/dev/video-that-is-not-there", ""});
    ASSERT_TRUE(missing);
    EXPECT_EQ((*missing)->start().error().code, "camera.no_device");
}

}  // namespace
}  // namespace motcua

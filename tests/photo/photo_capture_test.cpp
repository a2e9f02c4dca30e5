// PhotoCapture with the fake camera: a camera unplugged or frozen mid-session
// ends on the error screen (call a guide) without losing the citizen's
// answers; no device at all says so at once; leaving the step closes the
// camera. The Qt event loop is run by hand until the worker's posts arrive.
#include <QCoreApplication>
#include <gtest/gtest.h>

#include "kiosk/app/photo_capture.h"
#include "kiosk/core/clock.h"
#include "kiosk/form/bundled_form_data.h"
#include "tests/support/wait_for.h"

namespace motcua {
namespace {

using test::waitFor;

class PhotoCaptureTest : public ::testing::Test {
protected:
    std::optional<form::BundledFormData> formData()
    {
        auto data = form::loadBundledFormData(std::filesystem::path(MOTCUA_SOURCE_DIR) / "assets");
        return data ? std::optional(std::move(*data)) : std::nullopt;
    }
    ManualClock clock;
};

TEST_F(PhotoCaptureTest, UnplugMidSessionShowsErrorAndKeepsAnswers)
{
    SharedCamera camera(CameraConfig{"fake", "", "unplug_after=45"});
    PassportWizard wizard(clock, formData());
    PhotoCapture capture(camera, wizard);
    ASSERT_TRUE(capture.available());
    wizard.setAnswer("family_name", QStringLiteral("Nguyễn"));
    wizard.goToStep("photo");
    ASSERT_EQ(wizard.stepKind(), "photo");
    ASSERT_TRUE(waitFor([&] { return capture.state() == "live"; }));
    EXPECT_EQ(capture.guidanceCode(), "guide.step_in");  // an empty grey scene
    ASSERT_TRUE(waitFor([&] { return capture.state() == "error"; }));
    EXPECT_EQ(capture.errorCode(), "camera.disconnected");
    EXPECT_FALSE(camera.isOpen());
    EXPECT_TRUE(capture.preview()->latest().isNull());  // no frame left behind
    capture.callGuide();
    EXPECT_TRUE(capture.guideCalled());
    EXPECT_EQ(wizard.answer("family_name"), "Nguyễn");
    EXPECT_FALSE(wizard.next());  // no photo: the gate keeps the citizen here
    EXPECT_EQ(wizard.stepKind(), "photo");
    EXPECT_FALSE(wizard.stepMessage().isEmpty());
    wizard.back();  // leaving the step ends the error state
    EXPECT_EQ(capture.state(), "idle");
    EXPECT_EQ(wizard.answer("family_name"), "Nguyễn");
}

TEST_F(PhotoCaptureTest, FrozenCameraIsReported)
{
    SharedCamera camera(CameraConfig{"fake", "", "freeze_after=5"});
    PassportWizard wizard(clock, formData());
    PhotoCapture capture(camera, wizard);
    wizard.goToStep("photo");
    ASSERT_TRUE(waitFor([&] { return capture.state() == "error"; }));
    EXPECT_EQ(capture.errorCode(), "camera.frozen");
}

TEST_F(PhotoCaptureTest, NoDeviceIsReportedAtOnce)
{
    SharedCamera camera(CameraConfig{"fake", "", "no_device"});
    PassportWizard wizard(clock, formData());
    PhotoCapture capture(camera, wizard);
    wizard.goToStep("photo");
    EXPECT_EQ(capture.state(), "error");
    EXPECT_EQ(capture.errorCode(), "camera.no_device");
}

TEST_F(PhotoCaptureTest, WipeStopsTheCamera)
{
    SharedCamera camera(CameraConfig{"fake", "", ""});
    PassportWizard wizard(clock, formData());
    PhotoCapture capture(camera, wizard);
    wizard.goToStep("photo");
    ASSERT_TRUE(waitFor([&] { return capture.state() == "live"; }));
    EXPECT_TRUE(camera.isOpen());
    capture.wipeCitizenData();
    EXPECT_EQ(capture.state(), "idle");
    EXPECT_FALSE(camera.isOpen());
    EXPECT_TRUE(capture.preview()->latest().isNull());
}

TEST_F(PhotoCaptureTest, NoCameraConfiguredLeavesTheStepOut)
{
    SharedCamera camera(CameraConfig{});
    PassportWizard wizard(clock, formData());
    PhotoCapture capture(camera, wizard);
    EXPECT_FALSE(capture.available());
    wizard.goToStep("photo");
    EXPECT_NE(wizard.stepKind(), "photo");
}

}  // namespace
}  // namespace motcua

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

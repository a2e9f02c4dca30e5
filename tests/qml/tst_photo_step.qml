import QtQuick
import QtTest
import Kiosk
import Kiosk.App

// The passport-photo step with the file camera (the bundled astronaut video
// through the OpenCV path): live guidance, the countdown, the 4x6 result,
// a retake, and "Dùng ảnh này" attaching the photo to the application.
// Runs as ctest qml_photo_step_test (MOTCUA_TEST_CAMERA_SOURCE set); without
// a camera configured it is skipped.
Item {
    id: root
    width: 1920
    height: 1080

    Shell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "PhotoStep"
        when: windowShown

        function cleanup() {
            KioskSession.endSession()
        }

        function item(name) {
            let found = null
            tryVerify(() => (found = findChild(shell, name)) !== null, 5000, "no item named " + name)
            return found
        }

        function touch(name) {
            const target = item(name)
            tryVerify(() => target.visible && target.enabled, 20000, name + " not touchable")
            // The result page lays itself out as the photo arrives: touch once it is drawn
            // in place, or a busy machine's touch lands on the button that was there before.
            waitForRendering(target)
            wait(50)
            mouseClick(target)
        }

        function openPhotoStep() {
            touch("attractTouchArea")
            touch("language-vi")
            touch("tile-passport")
            PassportWizard.goToStep("photo")
            compare(PassportWizard.stepKind, "photo")
            verify(item("photoStep"))
        }

        function test_1_liveGuidanceToAttachedPhoto() {
            if (!PhotoCapture.available)
                skip("no camera configured (run as ctest qml_photo_step_test)")
            PhotoCapture.steadyMs = 300
            PhotoCapture.countdownSeconds = 1
            openPhotoStep()
            tryCompare(PhotoCapture, "state", "live", 10000)
            tryVerify(() => item("photoCamera").hasFrame, 5000, "no live picture")
            tryVerify(() => PhotoCapture.guidance !== "", 5000)
            compare(item("photoGuidance").text, PhotoCapture.guidance)

            // The sample holds still enough: the countdown runs and the photo is taken.
            tryCompare(PhotoCapture, "state", "result", 30000)
            verify(item("photoResult").visible)
            verify(!PhotoCapture.attached)
            compare(PhotoCapture.resultFailures, "")

            // One retake, then keep the photo.
            const before = PhotoCapture.retakesLeft
            touch("photoRetake")
            compare(PhotoCapture.retakesLeft, before - 1)
            tryCompare(PhotoCapture, "state", "result", 30000)
            touch("photoAccept")
            tryCompare(PassportWizard, "hasPhoto", true, 10000)
            compare(PassportWizard.stepKey, "review")  // accepting moves on
            compare(PhotoCapture.state, "idle")        // the camera is closed on leaving
        }

        function test_2_gateKeepsCitizenWithoutPhoto() {
            if (!PhotoCapture.available)
                skip("no camera configured (run as ctest qml_photo_step_test)")
            openPhotoStep()
            verify(!PassportWizard.hasPhoto)  // the previous session's photo was wiped
            verify(!PassportWizard.next())
            compare(PassportWizard.stepKind, "photo")
            verify(PassportWizard.stepMessage !== "")
        }
    }
}

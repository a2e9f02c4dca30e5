import QtQuick
import QtTest
import Kiosk
import Kiosk.App
import KioskTest

// Large text and high contrast one tap away on every screen, reset when the
// session ends; the speaker reads the screen's instruction (a real espeak-ng
// WAV, in Vietnamese and English). With MOTCUA_SCREENSHOT_DIR set, saves the
// home screen and a passport form step in large text and in high contrast.
Item {
    id: root
    width: 1920
    height: 1080

    Shell {
        id: shell
        anchors.fill: parent
    }

    SignalSpy { id: spokenSpy; target: SpokenGuidance; signalName: "spoken" }

    TestCase {
        name: "Accessibility"
        when: windowShown

        function init() {
            spokenSpy.clear()
        }

        function cleanup() {
            KioskSession.endSession()
            Accessibility.reset()  // a failed test must not leave large text to the next
        }

        function item(name) {
            let found = null
            tryVerify(() => (found = findChild(shell, name)) !== null, 2000, "no item named " + name)
            return found
        }

        function touch(name) {
            waitForRendering(shell)  // laid out (Flow and layouts position on polish)
            const target = item(name)
            verify(target.visible, name + " is not visible")
            verify(target.width >= 64 && target.height >= 64, name + " is smaller than a 64 px touch target")
            mouseClick(target)
        }

        function save(name) {
            const path = TestCamera.screenshotPath(name)
            if (path !== "") {
                waitForRendering(shell)
                grabImage(root).save(path)
            }
        }

        function startIn(language) {
            touch("attractTouchArea")
            touch("language-" + language)
        }

        function test_1_largeTextAndContrastFromTheTopBarResetAtTheEnd() {
            startIn("vi")
            const title = item("homeTitle")
            const ordinary = title.font.pixelSize
            touch("largeTextToggle")
            verify(Accessibility.largeText)
            compare(Theme.textScale, 1.5)
            tryVerify(() => Math.abs(title.font.pixelSize - ordinary * 1.5) <= 1)
            touch("highContrastToggle")
            verify(Theme.highContrast)
            verify(Qt.colorEqual(Theme.background, "#000000"))
            verify(Qt.colorEqual(title.color, "#ffffff"))
            save("home-vi-large-text-high-contrast.png")
            // "Finish", then the rating step keeps the choices; the next citizen starts ordinary.
            touch("endSessionButton")
            verify(Accessibility.largeText)
            touch("feedbackSkip")
            verify(!Accessibility.largeText)
            verify(!Accessibility.highContrast)
            compare(Theme.textScale, 1.0)
        }

        function test_2_togglesOnEveryScreen() {
            touch("largeTextToggle")  // on the attract screen, before the session starts
            verify(Accessibility.largeText)
            touch("largeTextToggle")
            compare(KioskSession.state, "attract")
            touch("attractTouchArea")
            verify(item("highContrastToggle").visible)  // the language screen
            touch("language-vi")
            const services = ["home", "site-info", "status", "procedures", "passport", "queue"]
            for (const service of services) {
                if (service !== "home") {
                    KioskSession.backToHome()
                    KioskSession.openService(service)
                    if (KioskSession.service !== service)
                        continue  // not offered in this configuration
                }
                const screen = item("screenLoader").item
                const toggle = findChild(screen, "largeTextToggle")
                verify(toggle && toggle.visible, "no large-text button on " + service)
                verify(toggle.height >= 64, "large-text button too small on " + service)
                const contrast = findChild(screen, "highContrastToggle")
                verify(contrast && contrast.visible, "no contrast button on " + service)
            }
            KioskSession.backToHome()
            KioskSession.endAndRate()
            verify(findChild(item("screenLoader").item, "largeTextToggle").visible)  // the rating step
        }

        function test_3_speakerReadsTheInstructionInEnglish() {
            startIn("en")
            verify(SpokenGuidance.available)
            const bar = findChild(item("screenLoader").item, "accessibilityBar")
            compare(bar.instructionText(),
                    "What would you like to do today? Touch a service to begin. A police guide is nearby if you need help.")
            touch("speakButton")
            tryCompare(spokenSpy, "count", 1, 30000)
            verify(SpokenGuidance.lastAudio.endsWith(".wav"))
            const first = SpokenGuidance.lastAudio
            touch("speakButton")  // replay: the same, cached sound
            tryCompare(spokenSpy, "count", 2, 10000)
            compare(SpokenGuidance.lastAudio, first)
        }

        function test_4_speakerInVietnameseAndEachStepWhenAsked() {
            touch("attractTouchArea")
            touch("speakStepsToggle")
            verify(Accessibility.speakSteps)
            tryVerify(() => spokenSpy.count >= 1, 30000)  // "Chọn ngôn ngữ · Choose your language"
            touch("language-vi")
            tryVerify(() => spokenSpy.count >= 2, 30000)  // the home screen read as it appears
            const home = SpokenGuidance.lastAudio
            verify(home.indexOf("say-vi-") >= 0)
            touch("tile-passport")
            tryVerify(() => SpokenGuidance.lastAudio !== home, 30000)  // the first passport step
        }

        function test_5_noSpeakerWhereThereIsNoVoice() {
            startIn("ja")
            verify(!SpokenGuidance.available)
            verify(!item("speakButton").visible)
            verify(item("largeTextToggle").visible)
        }

        function test_6_formStepScreenshots() {
            startIn("vi")
            touch("tile-passport")
            PassportWizard.goToStep("about_you")
            touch("largeTextToggle")
            save("passport-about-you-vi-large-text.png")
            touch("largeTextToggle")
            touch("highContrastToggle")
            save("passport-about-you-vi-high-contrast.png")
            KioskSession.backToHome()
            save("home-vi-high-contrast.png")
            touch("highContrastToggle")
            touch("largeTextToggle")
            save("home-vi-large-text.png")
            verify(true)
        }
    }
}

import QtQuick
import QtTest
import Kiosk
import Kiosk.App
import KioskTest

// A citizen's walk through the shell, by touch: attract → language → home →
// a service → idle countdown → wipe → attract.
Item {
    id: root
    width: 1920
    height: 1080

    Shell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Shell"
        when: windowShown

        function cleanup() {
            KioskSession.endSession()
        }

        function item(name) {
            let found = null
            tryVerify(() => (found = findChild(shell, name)) !== null, 2000, "no item named " + name)
            return found
        }

        function touch(name) {
            const target = item(name)
            verify(target.visible, name + " is not visible")
            verify(target.width >= 64 && target.height >= 64, name + " is smaller than a 64 px touch target")
            mouseClick(target)
        }

        function test_1_citizenJourneyAndIdleWipe() {
            compare(KioskSession.state, "attract")
            touch("attractTouchArea")
            compare(KioskSession.state, "language")
            touch("language-en")
            compare(KioskSession.state, "home")
            compare(KioskSession.language, "en")
            compare(item("homeTitle").text, "What would you like to do today?")
            touch("tile-site-info")
            compare(KioskSession.state, "service")
            verify(item("siteInfoScreen"))

            TestClock.advance(89)
            compare(KioskSession.idleWarning, false)
            TestClock.advance(1)
            compare(KioskSession.idleWarning, true)
            verify(item("idleDialog").visible)
            compare(item("idleSeconds").text, "20")
            TestClock.advance(12)
            compare(item("idleSeconds").text, "8")
            TestClock.advance(8)

            compare(KioskSession.state, "attract")
            compare(KioskSession.idleWarning, false)
            compare(KioskSession.language, "vi")
            verify(!item("idleDialog").visible)
            verify(item("attractScreen"))
        }

        function test_2_needMoreTimeKeepsTheSession() {
            touch("attractTouchArea")
            touch("language-vi")
            TestClock.advance(95)
            compare(KioskSession.idleWarning, true)
            touch("idleContinueButton")
            compare(KioskSession.idleWarning, false)
            compare(KioskSession.state, "home")
            TestClock.advance(60)
            compare(KioskSession.state, "home")
        }

        function test_3_endSessionFromCountdown() {
            touch("attractTouchArea")
            touch("language-vi")
            TestClock.advance(100)
            touch("idleEndButton")
            compare(KioskSession.state, "attract")
        }

        function test_4_vietnameseByDefaultAndSwitchInPlace() {
            touch("attractTouchArea")
            touch("language-vi")
            compare(item("homeTitle").text, "Hôm nay bạn cần làm thủ tục gì?")
            touch("languageButton")
            const picker = item("languagePicker")
            tryVerify(() => picker.opened)
            const english = findChild(picker.contentItem, "pick-en")
            verify(english && english.height >= 64)
            mouseClick(english)
            tryVerify(() => !picker.visible)
            compare(KioskSession.state, "home")
            compare(item("homeTitle").text, "What would you like to do today?")
        }

        function test_5_finishButtonWipes() {
            touch("attractTouchArea")
            touch("language-en")
            touch("tile-site-info")
            touch("endSessionButton")
            compare(KioskSession.service, "feedback")  // the rating step (tst_feedback.qml)
            touch("feedbackSkip")
            compare(KioskSession.state, "attract")
            compare(KioskSession.service, "")
        }

        function test_6_attractPromptInVietnamese() {
            compare(item("attractPrompt").text, "Chạm để bắt đầu")
        }
    }
}

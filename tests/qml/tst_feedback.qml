import QtQuick
import QtTest
import Kiosk
import Kiosk.App
import KioskTest

// The rating step: after "Finish" or a completed service (never after an idle
// timeout), one tap on a face, an optional comment scrubbed of personal data,
// "Skip", and the step closing itself after 30 s without a touch.
Item {
    id: root
    width: 1920
    height: 1080

    Shell {
        id: shell
        anchors.fill: parent
    }

    SignalSpy { id: storedSpy; target: FeedbackForm; signalName: "stored" }

    TestCase {
        name: "Feedback"
        when: windowShown

        function init() {
            storedSpy.clear()
        }

        function cleanup() {
            KioskSession.endSession()
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

        function startIn(language) {
            touch("attractTouchArea")
            touch("language-" + language)
        }

        function responses() {
            return FeedbackForm.todaySummary().responses
        }

        function test_1_finishAsksForARatingInTheSessionsLanguage() {
            startIn("en")
            touch("tile-site-info")
            const before = responses()
            touch("endSessionButton")
            compare(KioskSession.state, "service")
            compare(KioskSession.service, "feedback")
            compare(KioskSession.language, "en")
            compare(item("feedbackTitle").text, "How was your visit today?")
            for (let level = 1; level <= 5; ++level) {
                const face = item("rating-" + level)
                verify(face.width >= 96 && face.height >= 96, "face " + level + " is below 96 px")
            }
            touch("rating-4")
            compare(FeedbackForm.rating, 4)
            verify(item("commentWarning").visible)
            item("commentField").text = "Clear screens. My phone is 0912 345 678, ID 001090123456"
            touch("feedbackSend")
            compare(KioskSession.state, "attract")
            compare(KioskSession.language, "vi")
            compare(storedSpy.count, 1)
            const summary = FeedbackForm.todaySummary()
            compare(summary.responses, before + 1)
            const last = summary.comments[summary.comments.length - 1]
            compare(last.language, "en")
            compare(last.rating, 4)
            compare(last.comment, "Clear screens. My phone is […], ID […]")
        }

        function test_2_skipStoresNothing() {
            startIn("vi")
            touch("endSessionButton")
            compare(KioskSession.language, "vi")
            verify(item("feedbackTitle").text !== "")
            touch("feedbackSkip")
            compare(KioskSession.state, "attract")
            compare(storedSpy.count, 0)
        }

        function test_3_ratingStepEndsAfterTheIdleTimeAndKeepsTheTap() {
            startIn("vi")
            touch("endSessionButton")
            touch("rating-5")
            // No shorter a limit than the session's own: idle time plus countdown.
            compare(KioskSession.ratingSeconds, 110)
            TestClock.advance(KioskSession.ratingSeconds - 1)
            compare(KioskSession.service, "feedback")
            TestClock.advance(1)
            compare(KioskSession.state, "attract")
            compare(storedSpy.count, 1)  // the rating, without the unsent comment
        }

        function test_4_idleTimeoutAsksNothing() {
            startIn("vi")
            TestClock.advance(120)
            compare(KioskSession.state, "attract")
            compare(KioskSession.service, "")
            compare(storedSpy.count, 0)
        }

        function test_5_completedServiceAsksForARating() {
            startIn("vi")
            touch("tile-site-info")
            KioskSession.finish()  // what the receipt's "Done" does
            compare(KioskSession.service, "feedback")
            touch("rating-1")
            touch("feedbackSend")
            compare(storedSpy.count, 1)
        }

        function test_6_aFinishBeforeChoosingALanguageAsksNothing() {
            touch("attractTouchArea")
            KioskSession.endAndRate()
            compare(KioskSession.state, "attract")
        }
    }
}

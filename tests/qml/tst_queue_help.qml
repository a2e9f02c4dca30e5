import QtQuick
import QtTest
import Kiosk
import Kiosk.App
import KioskTest

// "Call a guide" (issues 9 and 10): the citizen presses the button on the home
// screen and is told help is coming; the counter console shows the alert with
// "I'm coming"; answering clears the kiosk's request; a session's end
// withdraws it. With MOTCUA_SCREENSHOT_DIR set, saves the home screen with the
// request pending and the console with the alert.
Item {
    id: root
    width: 1920
    height: 1080

    Shell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "QueueHelp"
        when: windowShown

        function cleanup() {
            KioskSession.endSession()
            tryCompare(HelpRequests, "requested", false)
        }

        function item(name) {
            let found = null
            tryVerify(() => (found = findChild(shell, name)) !== null && found.visible, 3000, "no visible item " + name)
            return found
        }

        function save(name) {
            const path = TestCamera.screenshotPath(name)
            if (path !== "") {
                waitForRendering(shell)
                grabImage(root).save(path)
            }
        }

        function openHome() {
            KioskSession.start()
            KioskSession.chooseLanguage("vi")
            item("homeScreen")
        }

        function test_callAGuideThenAnswerFromTheCounter() {
            verify(HelpRequests.available)
            openHome()
            compare(HelpRequests.requested, false)
            mouseClick(item("callGuideButton"))
            tryCompare(HelpRequests, "requested", true)
            const status = item("callGuideStatus")
            verify(status.text.length > 0)
            compare(findChild(shell, "callGuideButton").visible, false, "asked once: the button gives way to the words")
            tryVerify(() => HelpRequests.pending.length === 1)
            compare(HelpRequests.pending[0].kiosk, "kiosk-01")
            verify(/^\d\d:\d\d$/.test(HelpRequests.pending[0].at))
            save("call-guide-requested-vi-landscape.png")

            // At the counter console the alert is there with "I'm coming".
            KioskSession.openService("counter")
            item("counterConsole")
            const alert = item("helpAlertText-kiosk-01")
            verify(alert.text.indexOf("kiosk-01") >= 0)
            save("queue-counter-help-alert-vi-landscape.png")
            mouseClick(item("helpAnswer-kiosk-01"))
            tryCompare(HelpRequests, "requested", false)
            tryVerify(() => HelpRequests.pending.length === 0)
            tryCompare(findChild(shell, "helpAlertBanner"), "visible", false)
        }

        function test_theSessionsEndWithdrawsTheRequest() {
            openHome()
            HelpRequests.request()
            tryCompare(HelpRequests, "requested", true)
            HelpRequests.request()  // pressed again: still one request
            tryVerify(() => HelpRequests.pending.length === 1)
            KioskSession.endSession()
            tryCompare(HelpRequests, "requested", false)
            tryVerify(() => HelpRequests.pending.length === 0)
        }
    }
}

import QtQuick
import QtTest
import Kiosk
import Kiosk.App
import KioskTest

// Guide mode (issue 10): the hidden corner → the guide's name → a wrong PIN
// (tries left) → the right PIN → guide home → out of service (the citizen's
// screen shows it and starts nothing) → back in service → logout when idle.
// With MOTCUA_SCREENSHOT_DIR set, saves the PIN pad, the guide home, device
// health, the day's figures and the citizens' out-of-service notice.
Item {
    id: root
    width: 1920
    height: 1080

    Shell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "GuideMode"
        when: windowShown

        function initTestCase() {
            verify(GuideTestTools.addGuide("lan.nt", "246813", "guide"))
            verify(GuideTestTools.addGuide("minh.tv", "135792", "technician"))
        }

        function cleanup() {
            GuideMode.idleLogoutMs = 120000
            if (GuideMode.state !== "closed") {
                while (GuideMode.state !== "closed" && GuideMode.state !== "home")
                    GuideMode.back()
                GuideMode.logout()
            }
            if (OutOfService.active)
                OutOfService.leave("test")
            KioskSession.endSession()
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

        function typePin(pin) {
            for (const digit of pin)
                mouseClick(item("pinKey-" + digit))
            compare(GuideMode.pinLength, pin.length)
            mouseClick(item("pinKey-ok"))
            tryCompare(GuideMode, "checking", false, 10000)
        }

        function logIn(name, pin) {
            GuideMode.open()
            mouseClick(item("guideTile-" + name))
            tryCompare(GuideMode, "state", "pin")
            typePin(pin)
            tryCompare(GuideMode, "state", "home")
            item("guideHome")
        }

        function test_1_gestureWrongPinRightPinOutOfServiceIdle() {
            compare(GuideMode.state, "closed")
            // A short tap in the corner does nothing; a 3-second press opens guide mode.
            mouseClick(shell, 30, 30)
            compare(GuideMode.state, "closed")
            mousePress(shell, 30, 30)
            wait(3400)
            mouseRelease(shell, 30, 30)
            tryCompare(GuideMode, "state", "choose")
            verify(GuideMode.guides.length >= 2)
            mouseClick(item("guideTile-lan.nt"))
            tryCompare(GuideMode, "state", "pin")
            item("pinPad")

            typePin("111111")
            compare(GuideMode.state, "pin")
            compare(GuideMode.pinLength, 0, "the digits are gone after a check")
            const message = item("guideLoginMessage")
            verify(/4/.test(message.text), "tries left in words: " + message.text)
            save("guide-pin-pad-vi-landscape.png")

            typePin("246813")
            tryCompare(GuideMode, "state", "home")
            compare(GuideMode.guide, "lan.nt")
            compare(GuideMode.technician, false)
            compare(findChild(shell, "guideCloseApp").visible, false, "only a technician may close the kiosk")
            save("guide-home-vi-landscape.png")

            // Out of service with a preset message.
            mouseClick(item("guideOutOfService"))
            const preset = item("outOfServicePreset-0")
            waitForRendering(shell)  // the column has placed the presets
            mouseClick(preset)
            compare(item("outOfServiceEditor").chosen, preset.modelData)
            mouseClick(item("outOfServiceEnter"))
            tryCompare(OutOfService, "active", true)
            compare(OutOfService.by, "lan.nt")
            verify(OutOfService.message.indexOf("printer") >= 0, "the preset: " + OutOfService.message)
            mouseClick(item("guideLogout"))
            tryCompare(GuideMode, "state", "closed")

            // The citizen sees the notice and cannot start a session.
            const notice = item("outOfServiceScreen")
            // In Vietnamese, and in English for a foreign resident (the kiosk is at its Vietnamese start).
            compare(item("outOfServiceTitle-en").text, "This kiosk is out of service")
            verify(item("outOfServiceTitle-vi").text !== item("outOfServiceTitle-en").text, "the title is not in Vietnamese")
            compare(item("outOfServiceMessage-en").text, OutOfService.message)
            verify(item("outOfServiceMessage-vi").text.length > 0)
            verify(item("outOfServiceMessage-vi").text !== OutOfService.message, "the preset is not in Vietnamese")
            save("guide-out-of-service-vi-landscape.png")
            const stateBefore = KioskSession.state
            mouseClick(shell, root.width / 2, root.height / 2)
            wait(100)
            compare(KioskSession.state, stateBefore)

            // Back into service.
            logIn("lan.nt", "246813")
            mouseClick(item("guideOutOfService"))
            mouseClick(item("outOfServiceLeave"))
            tryCompare(OutOfService, "active", false)

            // No touch for the idle time: logged out.
            GuideMode.idleLogoutMs = 300
            tryCompare(GuideMode, "state", "closed", 3000)
            compare(findChild(shell, "outOfServiceScreen"), null)
        }

        function test_2_guideHomePages() {
            logIn("lan.nt", "246813")
            mouseClick(item("guideHealth"))
            item("deviceHealthView")
            tryCompare(DeviceHealth, "busy", false, 10000)
            tryVerify(() => DeviceHealth.rows.length > 0, 10000)
            save("guide-device-health-vi-landscape.png")
            mouseClick(item("guideHomeMenu"))
            mouseClick(item("guideFigures"))
            item("dayFiguresView")
            verify(DayFigures.figures.sessionsStarted !== undefined)
            compare(DayFigures.problem, "")
            save("guide-day-figures-vi-landscape.png")
            mouseClick(item("guideHomeMenu"))
            mouseClick(item("guideReprint"))
            item("reprintView")
            mouseClick(item("guideHomeMenu"))
            mouseClick(item("guideLogout"))
            tryCompare(GuideMode, "state", "closed")
        }

        function test_3_technicianMayCloseTheKiosk() {
            logIn("minh.tv", "135792")
            compare(GuideMode.technician, true)
            item("guideCloseApp")
            mouseClick(item("guideLogout"))
        }

        function test_4_assistedSessionRecordsTheGuide() {
            logIn("lan.nt", "246813")
            mouseClick(item("guideAssisted"))
            tryCompare(GuideMode, "state", "closed")
            compare(GuideMode.assistedBy, "lan.nt")
            KioskSession.start()
            KioskSession.chooseLanguage("vi")
            item("homeScreen")
            KioskSession.endSession()
            tryCompare(GuideMode, "assistedBy", "")
        }

        function test_5_pinPadPortrait() {
            root.width = 1080
            root.height = 1920
            GuideMode.open()
            mouseClick(item("guideTile-lan.nt"))
            item("pinPad")
            save("guide-pin-pad-vi-portrait.png")
            GuideMode.back()
            GuideMode.back()
            root.width = 1920
            root.height = 1080
        }
    }
}

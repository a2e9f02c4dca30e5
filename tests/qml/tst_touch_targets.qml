import QtQuick
import QtTest
import Kiosk
import Kiosk.App
import KioskTest

// Every visible, enabled button and touch area on every screen (and each
// passport step), at 1080p, in ordinary and in large text: at least 64 px
// high and wide (Theme.minTouch is 88 at this size; 64 is the floor).
Item {
    id: root
    width: 1920
    height: 1080

    Shell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "TouchTargets"
        when: windowShown

        function cleanup() {
            Accessibility.reset()
            KioskSession.endSession()
        }

        function isTouchable(item) {
            const mouseArea = item.containsMouse !== undefined && item.acceptedButtons !== undefined
            const button = item.autoRepeat !== undefined && item.checkable !== undefined && item.down !== undefined
            return mouseArea || button
        }

        // "name 40×30" for every touchable item below 64 px under `item`.
        function smallTargets(item, where, out) {
            if (!item || !item.visible || item.opacity === 0)
                return out
            if (isTouchable(item) && item.enabled && item.width > 0 && item.height > 0
                    && (item.width < 64 || item.height < 64)) {
                const label = item.objectName || item.text || String(item).split("(")[0]
                out.push(where + ": " + label + " " + Math.round(item.width) + "×" + Math.round(item.height))
            }
            for (let i = 0; i < item.children.length; ++i)
                smallTargets(item.children[i], where, out)
            return out
        }

        function check(where) {
            waitForRendering(shell)
            const screen = findChild(shell, "screenLoader").item
            return smallTargets(screen, where, [])
        }

        function walkEveryScreen(suffix) {
            let problems = []
            problems = problems.concat(check("attract" + suffix))
            KioskSession.start()
            problems = problems.concat(check("language" + suffix))
            KioskSession.chooseLanguage("vi")
            problems = problems.concat(check("home" + suffix))
            for (const service of ["site-info", "status", "procedures", "queue", "passport"]) {
                KioskSession.openService(service)
                if (KioskSession.service === service)
                    problems = problems.concat(check(service + suffix))
                if (service === "passport") {
                    for (const step of ["id_scan", "about_you", "addresses", "work", "family",
                                        "previous_passport", "request", "review", "fee"]) {
                        PassportWizard.goToStep(step)
                        if (PassportWizard.stepKey === step)
                            problems = problems.concat(check("passport/" + step + suffix))
                    }
                }
                KioskSession.backToHome()
            }
            KioskSession.endAndRate()
            problems = problems.concat(check("feedback" + suffix))
            FeedbackForm.choose(3)
            problems = problems.concat(check("feedback-rated" + suffix))
            KioskSession.endSession()
            return problems
        }

        function test_everyTargetAtLeast64px() {
            const problems = walkEveryScreen("")
            compare(problems.join("\n"), "", "touch targets below 64 px")
        }

        function test_everyTargetAtLeast64pxInLargeText() {
            Accessibility.largeText = true
            const problems = walkEveryScreen(" (large text)")
            compare(problems.join("\n"), "", "touch targets below 64 px")
        }
    }
}

import QtQuick
import QtTest
import Kiosk
import Kiosk.App
import KioskTest

// Large text on the citizen's home screen, landscape and portrait: every service tile and the
// "call a guide" button can be reached (the list scrolls when it does not fit, and says so by a
// fade at its foot), lie wholly inside the visible part once scrolled to, and no text is cut.
Item {
    id: root
    width: 1920
    height: 1080

    Shell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "HomeLargeText"
        when: windowShown

        function cleanup() {
            KioskSession.endSession()
            Accessibility.reset()
            root.width = 1920
            root.height = 1080
        }

        function item(name) {
            let found = null
            tryVerify(() => (found = findChild(shell, name)) !== null, 2000, "no item named " + name)
            return found
        }

        // Every Text under `node` that is visible and cut (elided or past its line limit).
        function cutTexts(node, found) {
            if (node.visible === false) {
                return found
            }
            if (node.truncated === true) {
                found.push(node.text)
            }
            for (let i = 0; i < node.children.length; ++i) {
                cutTexts(node.children[i], found)
            }
            return found
        }

        // Scrolls the home list until `target` is wholly in view; fails if it never is.
        function bringIntoView(list, target) {
            const top = target.mapToItem(list.contentItem, 0, 0).y
            list.contentY = Math.max(0, Math.min(top - Theme.margin, list.contentHeight - list.height))
            waitForRendering(shell)
            const inList = target.mapToItem(list, 0, 0)
            verify(inList.y >= 0 && inList.y + target.height <= list.height + 1,
                   target.objectName + " cannot be scrolled wholly into view")
            verify(inList.x >= 0 && inList.x + target.width <= list.width + 1, target.objectName + " sticks out sideways")
        }

        function checkHome(size) {
            root.width = size.width
            root.height = size.height
            mouseClick(item("attractTouchArea"))
            mouseClick(item("language-vi"))
            mouseClick(item("largeTextToggle"))
            verify(Accessibility.largeText)
            waitForRendering(shell)
            const list = item("homeServices")
            const tiles = ["tile-passport", "tile-status", "tile-procedures", "tile-queue", "tile-site-info"]
            for (const name of tiles) {
                const tile = item(name)
                bringIntoView(list, tile)
                compare(cutTexts(tile, []), [], name + " has cut text at " + size.width + "x" + size.height)
                verify(tile.height >= 64)
            }
            const call = item("callGuideButton")
            bringIntoView(list, call)
            verify(call.width >= call.implicitWidth - 1, "the call-a-guide label does not fit its button")
            compare(cutTexts(item("callGuide"), []), [])
            compare(cutTexts(item("topBarSiteName"), []), [], "the site's name is cut in the top bar")
            // At the top again, the fade says there is more below whenever the list scrolls.
            list.contentY = 0
            waitForRendering(shell)
            compare(item("homeMoreBelow").visible, list.contentHeight > list.height + Theme.px(4))
        }

        function test_landscape() {
            checkHome(Qt.size(1920, 1080))
        }

        function test_portrait() {
            checkHome(Qt.size(1080, 1920))
        }
    }
}

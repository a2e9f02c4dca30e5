import QtQuick
import QtTest
import QtQuick.VirtualKeyboard

// Inside cage, as on a kiosk: a focused field opens the on-screen keyboard (Qt warns that
// qtvirtualkeyboard is "not supported at client-side" on Wayland; it works all the same).
Item {
    id: root
    width: 1280
    height: 800

    TextInput {
        id: field
        width: 400
        height: 64
    }
    InputPanel {
        id: panel
        width: root.width
        y: active ? root.height - height : root.height
    }

    TestCase {
        name: "CageKeyboard"
        when: windowShown

        function test_focusedFieldOpensTheKeyboard() {
            field.forceActiveFocus()
            tryVerify(() => panel.active, 10000, "the on-screen keyboard did not open")
            keyClick(Qt.Key_A)
            field.focus = false
            tryVerify(() => !panel.active, 10000, "the on-screen keyboard did not close")
        }
    }
}

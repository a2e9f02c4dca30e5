import QtQuick
import QtQuick.Window
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Kiosk
import Kiosk.App

Window {
    id: window
    objectName: "kioskWindow"
    width: 1920
    height: 1080
    visible: true
    color: Theme.background
    title: "motcua"
    // No decorations: nothing for a citizen to close, move or resize.
    flags: Qt.Window | Qt.FramelessWindowHint

    Shell {
        id: shell
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        // The keyboard pushes the screen up instead of covering the field being typed.
        anchors.bottom: keyboard.active ? keyboard.top : parent.bottom
    }

    InputPanel {
        id: keyboard
        objectName: "virtualKeyboard"
        z: 99
        x: 0
        y: active ? window.height - height : window.height
        width: window.width
        Behavior on y { NumberAnimation { duration: 200; easing.type: Easing.OutCubic } }
    }

    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["vi_VN", "en_US"]
        VirtualKeyboardSettings.locale = KioskSession.language === "vi" ? "vi_VN" : "en_US"
    }

    Connections {
        target: KioskSession
        function onLanguageChanged() {
            VirtualKeyboardSettings.locale = KioskSession.language === "vi" ? "vi_VN" : "en_US"
        }
    }
}

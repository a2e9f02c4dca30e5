import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// Switch language in place, from any screen of a session.
Popup {
    id: picker
    objectName: "languagePicker"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - Theme.margin * 2 : 800, Theme.px(760))
    padding: Theme.px(40)
    background: Rectangle { radius: Theme.radius; color: Theme.surface }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        ScreenTitle {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Choose your language")
        }
        Repeater {
            model: LanguageList
            delegate: KioskButton {
                required property string code
                required property string nativeName
                objectName: "pick-" + code
                Layout.fillWidth: true
                text: nativeName
                baseColor: code === KioskSession.language ? Theme.primary : Theme.primaryLight
                onClicked: { KioskSession.chooseLanguage(code); picker.close() }
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import Kiosk
import Kiosk.App

// Guide mode's way in: the guide's own name (one tile per active account),
// then the PIN pad. A wrong PIN says how many tries are left; a locked
// account says for how long.
Rectangle {
    id: login
    objectName: "guideLogin"
    color: Theme.background

    ScreenTitle {
        id: title
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        horizontalAlignment: Text.AlignHCenter
        text: GuideMode.state === "pin" ? qsTr("%1: enter your PIN").arg(GuideMode.guide)
                                        : qsTr("Guide mode: who are you?")
    }

    // Account tiles.
    Flickable {
        anchors { left: parent.left; right: parent.right; top: title.bottom; bottom: footer.top; margins: Theme.margin }
        visible: GuideMode.state === "choose"
        contentHeight: tiles.height
        clip: true
        Flow {
            id: tiles
            width: parent.width
            spacing: Theme.spacing
            Repeater {
                model: GuideMode.guides
                KioskButton {
                    required property var modelData
                    objectName: "guideTile-" + modelData.name
                    width: Theme.px(400)
                    height: Theme.minTouch * 1.4
                    text: modelData.name
                    onClicked: GuideMode.chooseGuide(modelData.name)
                }
            }
        }
        Text {
            visible: GuideMode.guides.length === 0
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("No guide accounts yet. A technician adds them with “motcua guide add”.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }

    Column {
        anchors { top: title.bottom; topMargin: Theme.spacing; horizontalCenter: parent.horizontalCenter }
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(900))
        spacing: Theme.spacing
        visible: GuideMode.state === "pin"

        Text {
            objectName: "guideLoginMessage"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            lineHeight: 1.2
            text: GuideMode.checking ? qsTr("Checking the PIN…") : GuideMode.message
            color: GuideMode.checking ? Theme.textMuted : Theme.error
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            height: Math.max(implicitHeight, Theme.fontBody * 2.6)
        }
        BusyIndicator {
            anchors.horizontalCenter: parent.horizontalCenter
            running: GuideMode.checking
            visible: running
            width: Theme.px(72); height: width
        }
        PinPad { anchors.horizontalCenter: parent.horizontalCenter }
    }

    Row {
        id: footer
        anchors { left: parent.left; bottom: parent.bottom; margins: Theme.margin }
        spacing: Theme.spacing
        KioskButton {
            objectName: "guideLoginBack"
            text: qsTr("Back")
            outlined: true
            textColor: Theme.primary
            enabled: !GuideMode.checking
            onClicked: GuideMode.back()
        }
    }
}

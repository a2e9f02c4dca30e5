import QtQuick
import QtQuick.Controls
import Kiosk
import Kiosk.App

// The guide takes the kiosk out of service with a preset or typed message, or
// brings it back.
Item {
    id: editor
    objectName: "outOfServiceEditor"

    property string chosen: ""

    OutOfServicePresets { id: presets }

    Flickable {
        anchors { fill: parent; margins: Theme.margin }
        contentHeight: column.height
        clip: true
        Column {
            id: column
            width: parent.width
            spacing: Theme.spacing

            ScreenTitle {
                width: parent.width
                text: OutOfService.active ? qsTr("The kiosk is out of service") : qsTr("Take the kiosk out of service")
            }
            Text {
                width: parent.width
                visible: OutOfService.active
                wrapMode: Text.WordWrap
                text: qsTr("Since %1 took it out: “%2”").arg(OutOfService.by).arg(qsTranslate("OutOfServicePresets", OutOfService.message))
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            KioskButton {
                objectName: "outOfServiceLeave"
                visible: OutOfService.active
                text: qsTr("Bring the kiosk back into service")
                baseColor: Theme.success
                onClicked: OutOfService.leave(GuideMode.guide)
            }

            Text {
                width: parent.width
                visible: !OutOfService.active
                wrapMode: Text.WordWrap
                text: qsTr("Message for citizens:")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            Repeater {
                model: OutOfService.active ? [] : presets.messages
                AbstractButton {
                    required property string modelData
                    required property int index
                    objectName: "outOfServicePreset-" + index
                    width: column.width
                    implicitHeight: Math.max(Theme.minTouch, presetText.implicitHeight + 2 * Theme.px(16))
                    onClicked: { editor.chosen = modelData; freeText.text = "" }
                    background: Rectangle {
                        radius: Theme.radius
                        color: editor.chosen === modelData ? Theme.pressedSurface : Theme.surface
                        border.width: Theme.px(editor.chosen === modelData ? 5 : 2)
                        border.color: editor.chosen === modelData ? Theme.primary : Theme.border
                    }
                    contentItem: Text {
                        id: presetText
                        leftPadding: Theme.px(20); rightPadding: Theme.px(20)
                        verticalAlignment: Text.AlignVCenter
                        wrapMode: Text.WordWrap
                        text: qsTranslate("OutOfServicePresets", modelData)
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                }
            }
            TextField {
                id: freeText
                objectName: "outOfServiceText"
                visible: !OutOfService.active
                width: parent.width
                height: Theme.minTouch
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Or type a message")
                onTextEdited: editor.chosen = text
            }
            KioskButton {
                objectName: "outOfServiceEnter"
                visible: !OutOfService.active
                text: qsTr("Take out of service")
                baseColor: Theme.accent
                onClicked: OutOfService.enter(editor.chosen, GuideMode.guide)
            }
        }
    }
}

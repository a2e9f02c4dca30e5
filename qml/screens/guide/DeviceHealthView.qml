import QtQuick
import QtQuick.Controls
import Kiosk
import Kiosk.App

// One line per device or link: a coloured state, its name and what is wrong.
Item {
    id: view
    objectName: "deviceHealthView"
    Component.onCompleted: DeviceHealth.refresh()

    function stateColour(state) {
        return state === "ok" ? Theme.success : state === "warning" ? Theme.warning : Theme.accent
    }
    function stateText(state) {
        return state === "ok" ? qsTr("OK") : state === "warning" ? qsTr("Check") : qsTr("Fault")
    }

    Flickable {
        anchors { fill: parent; margins: Theme.margin; bottomMargin: refresh.height + 2 * Theme.margin }
        contentHeight: rows.height
        clip: true
        Column {
            id: rows
            width: parent.width
            spacing: Theme.px(12)
            Repeater {
                model: DeviceHealth.rows
                Rectangle {
                    required property var modelData
                    objectName: "healthRow-" + modelData.key
                    width: rows.width
                    height: Math.max(Theme.minTouch, line.implicitHeight + 2 * Theme.px(14))
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.px(2)
                    Row {
                        id: line
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.px(20) }
                        spacing: Theme.spacing
                        Rectangle {
                            width: Theme.px(150); height: Theme.px(52); radius: height / 2
                            anchors.verticalCenter: parent.verticalCenter
                            color: view.stateColour(modelData.state)
                            Text {
                                anchors.centerIn: parent
                                text: view.stateText(modelData.state)
                                color: Theme.textOnPrimary
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                            }
                        }
                        Text {
                            width: Theme.px(330)
                            anchors.verticalCenter: parent.verticalCenter
                            text: modelData.label
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                        }
                        Text {
                            width: line.width - Theme.px(480) - 2 * line.spacing
                            anchors.verticalCenter: parent.verticalCenter
                            text: modelData.detail
                            wrapMode: Text.WordWrap
                            lineHeight: 1.15
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                        }
                    }
                }
            }
        }
    }
    KioskButton {
        id: refresh
        objectName: "healthRefresh"
        anchors { left: parent.left; bottom: parent.bottom; margins: Theme.margin }
        text: DeviceHealth.busy ? qsTr("Checking…") : qsTr("Check again")
        enabled: !DeviceHealth.busy
        onClicked: DeviceHealth.refresh()
    }
}

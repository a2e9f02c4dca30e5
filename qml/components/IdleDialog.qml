import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// "Do you need more time?" with a countdown, before the session is wiped.
Rectangle {
    id: dialog
    objectName: "idleDialog"
    property int secondsLeft: 0
    property int totalSeconds: 20

    color: "#b3000000"
    // Swallow touches on the dimmed screen behind.
    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.margin * 2, Theme.px(980))
        height: column.implicitHeight + Theme.px(96)
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.px(48)
            spacing: Theme.spacing

            ScreenTitle {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Do you need more time?")
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                text: qsTr("To protect your information, this session will end and everything you entered will be erased.")
            }
            Item {
                Layout.alignment: Qt.AlignHCenter
                width: Theme.px(200); height: width
                Rectangle {
                    anchors.fill: parent
                    radius: width / 2
                    color: "transparent"
                    border.color: Theme.gold
                    border.width: Theme.px(10)
                }
                Text {
                    objectName: "idleSeconds"
                    anchors.centerIn: parent
                    text: dialog.secondsLeft
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHero
                    font.bold: true
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KioskButton {
                    objectName: "idleEndButton"
                    Layout.fillWidth: true
                    text: qsTr("End session")
                    outlined: true
                    textColor: Theme.accent
                    onClicked: KioskSession.endSession()
                }
                KioskButton {
                    objectName: "idleContinueButton"
                    Layout.fillWidth: true
                    text: qsTr("Yes, continue")
                    baseColor: Theme.success
                    onClicked: KioskSession.stillHere()
                }
            }
        }
    }
}

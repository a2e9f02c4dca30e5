import QtQuick
import Kiosk
import Kiosk.App

// Citizens asking for a guide ("Call a guide" on a kiosk's home screen), for
// the counter console and motcua-counter: one line per kiosk with how long it
// has waited, and "I'm coming" to answer. Takes no room when nobody asks.
Rectangle {
    id: banner
    objectName: "helpAlertBanner"
    visible: HelpRequests.pending.length > 0
    height: visible ? column.height + 2 * Theme.px(16) : 0
    color: Theme.warningSurface
    border.color: Theme.warning
    border.width: Theme.px(3)

    // A short flash when a new request arrives, so that a busy officer notices it.
    SequentialAnimation on opacity {
        id: flash
        running: false
        loops: 3
        NumberAnimation { to: 0.35; duration: 220 }
        NumberAnimation { to: 1.0; duration: 220 }
    }
    Connections {
        target: HelpRequests
        function onAlert() { flash.restart() }
    }

    Column {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(16) }
        spacing: Theme.px(12)
        Repeater {
            model: HelpRequests.pending
            Item {
                required property var modelData
                width: column.width
                height: Math.max(answer.height, words.implicitHeight)
                Text {
                    id: words
                    objectName: "helpAlertText-" + modelData.kiosk
                    anchors { left: parent.left; right: answer.left; rightMargin: Theme.px(16); verticalCenter: parent.verticalCenter }
                    text: qsTr("%1 needs a guide · since %2 (%3 min)")
                              .arg(modelData.kiosk).arg(modelData.at).arg(modelData.waitingMinutes)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.WordWrap
                    lineHeight: 1.2
                }
                KioskButton {
                    id: answer
                    objectName: "helpAnswer-" + modelData.kiosk
                    anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                    text: qsTr("I'm coming")
                    baseColor: Theme.warning
                    textColor: Theme.textOnPrimary
                    onClicked: HelpRequests.acknowledge(modelData.id)
                }
            }
        }
    }
}

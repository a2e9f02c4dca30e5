import QtQuick
import Kiosk
import Kiosk.App

// What citizens see while a guide has taken the kiosk out of service: no way
// to start a session, the guide's message, and where to go instead.
Rectangle {
    id: notice
    objectName: "outOfServiceScreen"
    color: Theme.darkGround

    // Citizens' taps stop here: nothing underneath starts a session.
    MouseArea { anchors.fill: parent }

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing * 1.5

        Text {
            objectName: "outOfServiceTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            lineHeight: 1.2
            text: qsTr("This kiosk is out of service")
            color: Theme.gold
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHero
            font.bold: true
        }
        Text {
            objectName: "outOfServiceMessage"
            width: parent.width
            visible: text !== ""
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            lineHeight: 1.25
            text: qsTranslate("OutOfServicePresets", OutOfService.message)
            color: Theme.textOnDark
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            lineHeight: 1.2
            text: qsTr("A police guide in the hall can help you.")
            color: Theme.textOnDarkMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }
}

import QtQuick
import Kiosk
import Kiosk.App

// "Call a guide" on the citizen's home screen. Once pressed it says that help
// is coming until a guide answers or the session ends.
Rectangle {
    id: callGuide
    objectName: "callGuide"
    visible: HelpRequests.available
    implicitHeight: visible ? content.height + 2 * Theme.px(20) : 0
    // As wide as the button needs (large text makes it wider), at least wide enough for the status line.
    implicitWidth: visible ? Math.max(callButton.implicitWidth, Theme.px(480)) + 2 * Theme.px(24) : 0
    radius: Theme.radius
    color: HelpRequests.requested ? Theme.successSurface : Theme.surface
    border.color: HelpRequests.requested ? Theme.success : Theme.border
    border.width: Theme.px(3)

    Column {
        id: content
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.px(24) }
        spacing: Theme.px(12)

        KioskButton {
            id: callButton
            objectName: "callGuideButton"
            visible: !HelpRequests.requested
            width: Math.min(parent.width, implicitWidth)
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Call a guide")
            onClicked: HelpRequests.request()
        }
        Text {
            objectName: "callGuideStatus"
            width: parent.width
            visible: HelpRequests.requested
            text: qsTr("A guide is on the way. Please stay at this kiosk.")
            color: Theme.success
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontButton
            font.bold: true
            wrapMode: Text.WordWrap
            lineHeight: 1.2
        }
        Text {
            objectName: "callGuideProblem"
            width: parent.width
            visible: !HelpRequests.requested && HelpRequests.problem !== ""
            text: qsTr("The guides could not be reached. Please ask at the nearest counter.")
            color: Theme.error
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            lineHeight: 1.2
        }
    }
}

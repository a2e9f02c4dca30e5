import QtQuick
import Kiosk
import Kiosk.App

// Today's tickets and receipts, newest first, each with "Reprint".
Item {
    id: view
    objectName: "reprintView"
    Component.onCompleted: ReprintList.refresh()

    Column {
        id: head
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        spacing: Theme.px(12)
        ScreenTitle { width: parent.width; text: qsTr("Reprint a ticket or receipt") }
        Text {
            objectName: "reprintOutcome"
            width: parent.width
            visible: text !== ""
            wrapMode: Text.WordWrap
            text: ReprintList.outcome === "printed" ? qsTr("Printed again.")
                  : ReprintList.outcome === "failed" ? qsTr("Not printed (%1). See device health.").arg(ReprintList.problem) : ""
            color: ReprintList.outcome === "printed" ? Theme.success : Theme.error
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        Text {
            width: parent.width
            visible: !ReprintList.available || ReprintList.jobs.length === 0
            wrapMode: Text.WordWrap
            text: ReprintList.available ? qsTr("Nothing printed today.") : qsTr("This kiosk has no printer.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }

    ListView {
        anchors { left: parent.left; right: parent.right; top: head.bottom; bottom: parent.bottom; margins: Theme.margin }
        clip: true
        spacing: Theme.px(10)
        model: ReprintList.jobs
        delegate: Rectangle {
            required property var modelData
            required property int index
            width: ListView.view.width
            height: Math.max(Theme.minTouch, reprintButton.height) + 2 * Theme.px(10)
            radius: Theme.radius
            color: Theme.surface
            border.color: modelData.printed ? Theme.border : Theme.warning
            border.width: Theme.px(2)
            Text {
                anchors { left: parent.left; leftMargin: Theme.px(20); right: reprintButton.left; verticalCenter: parent.verticalCenter }
                wrapMode: Text.WordWrap
                text: "%1   %2   %3%4".arg(modelData.time)
                      .arg(modelData.kind === "ticket" ? qsTr("Queue ticket") : qsTr("Receipt"))
                      .arg(modelData.reference)
                      .arg(modelData.printed ? "" : "   " + qsTr("(not printed)"))
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            KioskButton {
                id: reprintButton
                objectName: "reprint-" + index
                anchors { right: parent.right; rightMargin: Theme.px(10); verticalCenter: parent.verticalCenter }
                text: qsTr("Reprint")
                onClicked: ReprintList.reprint(modelData.kind, modelData.reference, GuideMode.guide)
            }
        }
    }
}

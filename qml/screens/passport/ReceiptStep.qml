import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// The receipt on screen (and on paper through PassportSubmission): the number
// to quote, the fee, when the passport should be ready, and a QR code to look
// the application up later. No way back into the submitted form; "Done" ends
// the session and wipes everything.
Item {
    id: receipt
    objectName: "receiptStep"

    readonly property bool queued: PassportSubmission.state === "queued"

    ColumnLayout {
    anchors.fill: parent
    spacing: Theme.spacing
    Flickable {
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentHeight: layout.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        GridLayout {
            id: layout
            width: parent.width
            columns: Theme.portrait ? 1 : 2
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.px(14)

                Text {
                    Layout.fillWidth: true
                    text: receipt.queued ? qsTr("Your application is saved on this kiosk")
                                         : qsTr("Your application has been received")
                    color: receipt.queued ? Theme.warning : Theme.success
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: receipt.queued
                    text: qsTr("The portal cannot be reached right now. The application will be sent automatically; you will receive an SMS with the application number and how to pay the fee.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                Text {
                    text: receipt.queued ? qsTr("Kiosk reference") : qsTr("Application number")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                Text {
                    objectName: "receiptReference"
                    Layout.fillWidth: true
                    text: PassportSubmission.reference
                    color: Theme.primary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.WrapAnywhere
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.px(8)
                    Text {
                        text: qsTr("Fee")
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                    Text {
                        objectName: "receiptFee"
                        Layout.fillWidth: true
                        text: PassportSubmission.feeAmount + " · " + (PassportSubmission.paid ? qsTr("paid") : qsTr("not paid yet"))
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        visible: PassportSubmission.expectedReturnDate !== ""
                        text: qsTr("Expected result")
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                    Text {
                        objectName: "receiptReturnDate"
                        visible: PassportSubmission.expectedReturnDate !== ""
                        Layout.fillWidth: true
                        text: PassportSubmission.expectedReturnDate
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: !PassportSubmission.paid && !receipt.queued
                    text: qsTr("You can pay the fee later with the link in the SMS or on the public service portal.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "receiptPrintState"
                    Layout.fillWidth: true
                    text: {
                        switch (PassportSubmission.printState) {
                        case "printing": return qsTr("Printing your receipt…")
                        case "printed": return qsTr("Please take your printed receipt.")
                        case "failed": return "⚠ " + PassportSubmission.printMessage
                        case "none": return qsTr("This kiosk has no printer: please note the number above.")
                        default: return ""
                        }
                    }
                    color: PassportSubmission.printState === "failed" ? Theme.error : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: PassportSubmission.printState === "failed"
                    wrapMode: Text.WordWrap
                }
            }

            ColumnLayout {
                Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
                spacing: Theme.px(12)
                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    implicitWidth: Theme.px(340)
                    implicitHeight: Theme.px(340)
                    color: "white"
                    radius: Theme.radius
                    border.color: Theme.border
                    border.width: Theme.px(2)
                    Image {
                        objectName: "receiptQr"
                        anchors.centerIn: parent
                        width: Theme.px(300)
                        height: Theme.px(300)
                        source: PassportSubmission.trackingQrImage
                        smooth: false
                        fillMode: Image.PreserveAspectFit
                    }
                }
                Text {
                    Layout.maximumWidth: Theme.px(420)
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Scan this code at any kiosk to follow your application.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Item { Layout.fillWidth: true }
        KioskButton {
            objectName: "receiptReprint"
            visible: PassportSubmission.printState === "failed"
            text: qsTr("Print again")
            outlined: true
            textColor: Theme.primary
            onClicked: PassportSubmission.reprint()
        }
        KioskButton {
            objectName: "receiptDone"
            text: qsTr("Done")
            baseColor: Theme.success
            onClicked: KioskSession.finish()
        }
    }
    }
}

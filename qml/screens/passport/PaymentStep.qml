import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// After "Submit": the application goes to the portal through the outbox, then
// the fee is paid with a VietQR code any Vietnamese banking app can read.
// Everything is in PassportSubmission; this page only shows it.
Item {
    id: payment
    objectName: "paymentStep"

    readonly property bool waiting: PassportSubmission.state === "sending"

    // While the portal answers.
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width
        visible: payment.waiting
        spacing: Theme.spacing
        BusyIndicatorDots { Layout.alignment: Qt.AlignHCenter }
        Text {
            objectName: "paymentSending"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Sending your application…")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("It is already saved on this kiosk and will not be lost.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
    }

    GridLayout {
        anchors.fill: parent
        visible: !payment.waiting
        columns: Theme.portrait ? 1 : 2
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        Rectangle {
            Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
            implicitWidth: qrSide + Theme.px(32)
            implicitHeight: qrSide + Theme.px(32)
            readonly property int qrSide: Math.min(Theme.portrait ? payment.width * 0.7 : payment.height * 0.95 - Theme.px(32),
                                                   Theme.px(620))
            color: "white"
            radius: Theme.radius
            border.color: Theme.border
            border.width: Theme.px(2)
            Image {
                id: qrImage
                objectName: "paymentQr"
                anchors.centerIn: parent
                width: parent.qrSide
                height: parent.qrSide
                source: PassportSubmission.paymentQrImage
                smooth: false
                fillMode: Image.PreserveAspectFit
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.px(14)

            Text {
                Layout.fillWidth: true
                text: qsTr("Your application has been received. Please pay the fee: open your banking app and scan this code.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "paymentAmount"
                text: PassportSubmission.feeAmount
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHero
                font.bold: true
            }
            // A Column, not a GridLayout: Qt 6.4's layouts crash when a Repeater
            // inside them replaces its items (the model changes with the answer).
            Column {
                id: detailRows
                Layout.fillWidth: true
                spacing: Theme.px(6)
                readonly property real labelWidth: Theme.px(330)
                Repeater {
                    model: [
                        [qsTr("Bank"), PassportSubmission.bankName],
                        [qsTr("Account"), PassportSubmission.bankAccount],
                        [qsTr("Payment reference"), PassportSubmission.paymentReference],
                        [qsTr("Application number"), PassportSubmission.receiptNumber]
                    ]
                    delegate: Row {
                        required property var modelData
                        required property int index
                        width: detailRows.width
                        spacing: Theme.spacing
                        Text {
                            width: detailRows.labelWidth
                            text: modelData[0]
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            objectName: "paymentDetail" + index
                            width: parent.width - detailRows.labelWidth - parent.spacing
                            text: modelData[1]
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            wrapMode: Text.WrapAnywhere
                        }
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("This screen moves on by itself when the bank confirms the payment.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KioskButton {
                    objectName: "paymentConfirm"
                    visible: PassportSubmission.canConfirmPayment
                    enabled: !PassportSubmission.busy
                    text: qsTr("I have paid")
                    baseColor: Theme.success
                    onClicked: PassportSubmission.confirmPayment()
                }
                KioskButton {
                    objectName: "paymentLater"
                    text: qsTr("Pay later")
                    outlined: true
                    textColor: Theme.primary
                    onClicked: PassportSubmission.payLater()
                }
            }
        }
    }

    // Three dots that pulse while the portal answers.
    component BusyIndicatorDots: Row {
        spacing: Theme.px(18)
        Repeater {
            model: 3
            delegate: Rectangle {
                required property int index
                width: Theme.px(28)
                height: width
                radius: width / 2
                color: Theme.primaryLight
                SequentialAnimation on opacity {
                    loops: Animation.Infinite
                    running: payment.waiting
                    PauseAnimation { duration: index * 200 }
                    NumberAnimation { from: 1; to: 0.2; duration: 500 }
                    NumberAnimation { from: 0.2; to: 1; duration: 500 }
                }
            }
        }
    }
}

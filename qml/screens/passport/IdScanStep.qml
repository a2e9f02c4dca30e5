import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// "Quét thẻ căn cước": the camera picture with a card-shaped frame, what to do
// in one sentence, what the card said (or why it was refused), and a big
// "type by hand" way out. Reading and checking live in IdCardScan.
Item {
    id: step
    objectName: "idScanStep"
    focus: true

    // The camera and the scanner run while this page is on screen; the page
    // takes the keys (it has no text field) for keyboard-wedge scanners.
    Component.onCompleted: {
        IdCardScan.start()
        forceActiveFocus()
    }
    Component.onDestruction: IdCardScan.stop()

    // Keyboard-wedge scanners "type" their codes.
    Keys.onPressed: (event) => {
        if (IdCardScan.keyPressed(event.text, event.key))
            event.accepted = true
    }

    GridLayout {
        anchors.fill: parent
        columns: Theme.portrait ? 1 : 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        CameraView {
            id: camera
            objectName: "idScanCamera"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.portrait ? -1 : parent.width * 0.58
            Layout.preferredHeight: Theme.portrait ? parent.height * 0.5 : -1
            publisher: IdCardScan.preview
            radius: Theme.radius
            visible: IdCardScan.cameraWorking || !IdCardScan.scannerWorking

            // The card's shape (85.6 × 54 mm), the back with its QR inside.
            readonly property real cardWidth: Math.min(width * 0.78, height * 0.78 * 85.6 / 54)
            readonly property real cardHeight: cardWidth * 54 / 85.6
            readonly property color guideColor: IdCardScan.state === "read" ? Theme.success
                                                : IdCardScan.state === "rejected" ? Theme.accent : Theme.gold

            // Dims the picture around the frame so the frame is what the eye finds.
            Repeater {
                model: 4
                Rectangle {
                    required property int index
                    color: "#99000000"
                    readonly property real frameLeft: (camera.width - camera.cardWidth) / 2
                    readonly property real frameTop: (camera.height - camera.cardHeight) / 2
                    x: index === 1 ? frameLeft + camera.cardWidth : 0
                    y: index === 0 ? 0 : index === 3 ? frameTop + camera.cardHeight : frameTop
                    width: index === 0 || index === 3 ? camera.width : frameLeft
                    height: index === 0 || index === 3 ? frameTop : camera.cardHeight
                }
            }
            Rectangle {
                objectName: "cardFrameGuide"
                anchors.centerIn: parent
                width: camera.cardWidth
                height: camera.cardHeight
                radius: Theme.px(24)
                color: "transparent"
                border.width: Theme.px(8)
                border.color: camera.guideColor
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.px(16)
                width: parent.width - Theme.px(32)
                horizontalAlignment: Text.AlignHCenter
                visible: IdCardScan.state === "waiting" && IdCardScan.cameraWorking
                text: qsTr("Back of the card, QR code facing the camera")
                color: "#ffffff"
                style: Text.Outline
                styleColor: "#000000"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "idScanNoCamera"
                anchors.centerIn: parent
                width: parent.width - Theme.px(64)
                horizontalAlignment: Text.AlignHCenter
                visible: !IdCardScan.cameraWorking
                text: qsTr("The camera is not available.")
                color: "#ffffff"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.portrait ? -1 : parent.width * 0.42
            spacing: Theme.spacing

            // What to do now, or why the last read was refused.
            Text {
                objectName: "idScanInstruction"
                Layout.fillWidth: true
                visible: IdCardScan.state !== "read"
                text: {
                    if (IdCardScan.state === "rejected")
                        return "⚠ " + IdCardScan.reason
                    if (IdCardScan.cameraWorking)
                        return qsTr("Hold the back of your ID card in the frame")
                    if (IdCardScan.scannerWorking)
                        return qsTr("Scan the QR code on the back of your ID card with the scanner")
                    return qsTr("Please type your details by hand.")
                }
                color: IdCardScan.state === "rejected" ? Theme.error : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle * 0.75
                font.bold: true
                wrapMode: Text.WordWrap
                lineHeight: 1.15
            }
            Text {
                Layout.fillWidth: true
                visible: IdCardScan.state === "waiting"
                text: qsTr("Your name, ID number, date of birth and permanent address are filled in from the card. You check them before going on.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                lineHeight: 1.15
            }

            // The card as read: the citizen confirms before anything is filled in.
            Rectangle {
                objectName: "idScanResult"
                Layout.fillWidth: true
                visible: IdCardScan.state === "read"
                implicitHeight: result.implicitHeight + Theme.px(48)
                radius: Theme.radius
                color: Theme.successSurface
                border.color: Theme.success
                border.width: Theme.px(3)
                ColumnLayout {
                    id: result
                    anchors.fill: parent
                    anchors.margins: Theme.px(24)
                    spacing: Theme.px(12)
                    Text {
                        Layout.fillWidth: true
                        text: "✓ " + qsTr("Card read")
                        color: Theme.success
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                    }
                    // In a Column: Qt 6.4's layouts crash when a Repeater replaces its items.
                    Column {
                        id: readRows
                        Layout.fillWidth: true
                        spacing: Theme.px(12)
                    Repeater {
                        model: [
                            { name: "idScanName", label: qsTr("Full name"), value: IdCardScan.fullName },
                            { name: "idScanNumber", label: qsTr("Personal ID number"), value: IdCardScan.idNumber },
                            { name: "idScanBirth", label: qsTr("Date of birth"), value: IdCardScan.birthDate }
                        ]
                        // Label and value on one line: the page must fit a landscape screen.
                        RowLayout {
                            required property var modelData
                            width: readRows.width
                            spacing: Theme.px(16)
                            Text {
                                Layout.preferredWidth: Theme.px(250)
                                Layout.alignment: Qt.AlignBaseline
                                text: modelData.label
                                color: Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                objectName: modelData.name
                                Layout.alignment: Qt.AlignBaseline
                                Layout.fillWidth: true
                                text: modelData.value
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                    }
                }
            }

            KioskButton {
                objectName: "idScanUse"
                Layout.fillWidth: true
                visible: IdCardScan.state === "read"
                text: qsTr("Use this information")
                baseColor: Theme.success
                onClicked: IdCardScan.useCard()
            }
            KioskButton {
                objectName: "idScanAgain"
                Layout.fillWidth: true
                visible: IdCardScan.state === "read" || IdCardScan.state === "rejected"
                text: qsTr("Scan again")
                outlined: IdCardScan.state === "read"
                textColor: IdCardScan.state === "read" ? Theme.primary : Theme.textOnPrimary
                onClicked: IdCardScan.rescan()
            }

            Item { Layout.fillHeight: true }

            KioskButton {
                objectName: "idScanByHand"
                Layout.fillWidth: true
                text: qsTr("Type by hand")
                outlined: true
                textColor: Theme.primary
                onClicked: IdCardScan.typeByHand()
            }
        }
    }
}

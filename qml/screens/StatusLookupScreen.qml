import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// "Check an application": type the receipt number, or scan the receipt's QR
// with the scanner (it types into the field and presses Enter).
Item {
    id: screen
    objectName: "statusLookupScreen"

    readonly property color stateColor: {
        switch (StatusLookup.state) {
        case "ready_for_pickup": case "mailed": case "returned": return Theme.success
        case "needs_information": return Theme.warning
        case "rejected": return Theme.accent
        default: return Theme.primaryLight
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            onLanguageRequested: languagePicker.open()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing

            ScreenTitle {
                Layout.fillWidth: true
                text: qsTr("Check an application")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Type the number printed on your receipt, or hold the receipt's QR code under the scanner.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }

            GridLayout {
                Layout.fillWidth: true
                columns: Theme.portrait ? 1 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                TextField {
                    id: numberField
                    objectName: "receiptNumberField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.minTouch + Theme.px(16)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    placeholderText: "HN-261123-000123"
                    inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                    focus: true
                    enabled: !StatusLookup.busy
                    onAccepted: StatusLookup.lookup(text)
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.surface
                        border.width: Theme.px(3)
                        border.color: numberField.activeFocus ? Theme.primaryLight : Theme.border
                    }
                    leftPadding: Theme.px(24)
                }
                KioskButton {
                    objectName: "lookupButton"
                    Layout.preferredHeight: Theme.minTouch + Theme.px(16)
                    Layout.fillWidth: Theme.portrait
                    text: qsTr("Check")
                    iconSource: "qrc:/Kiosk/icons/search.svg"
                    enabled: !StatusLookup.busy && numberField.text.length > 0
                    onClicked: StatusLookup.lookup(numberField.text)
                }
            }

            BusyIndicator {
                objectName: "lookupBusy"
                Layout.alignment: Qt.AlignHCenter
                running: StatusLookup.busy
                visible: running
            }

            // What the portal says, in plain words.
            Rectangle {
                objectName: "statusCard"
                Layout.fillWidth: true
                visible: StatusLookup.hasResult
                implicitHeight: resultColumn.implicitHeight + Theme.px(64)
                radius: Theme.radius
                color: Theme.surface
                border.color: screen.stateColor
                border.width: Theme.px(4)

                ColumnLayout {
                    id: resultColumn
                    anchors.fill: parent
                    anchors.margins: Theme.px(32)
                    spacing: Theme.px(16)
                    Text {
                        text: qsTr("Application %1").arg(StatusLookup.receiptNumber)
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        objectName: "statusTitle"
                        Layout.fillWidth: true
                        text: StatusLookup.title
                        color: screen.stateColor
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        wrapMode: Text.WordWrap
                        topPadding: Theme.px(6)
                    }
                    Text {
                        objectName: "statusAdvice"
                        Layout.fillWidth: true
                        text: StatusLookup.advice
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                        lineHeight: 1.15
                    }
                    Text {
                        visible: StatusLookup.expectedReturnDate !== ""
                        text: qsTr("Expected return date: %1").arg(StatusLookup.expectedReturnDate)
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }

            // Errors in words, next to where the citizen looks, never only a colour.
            Rectangle {
                objectName: "lookupError"
                Layout.fillWidth: true
                visible: StatusLookup.errorCode !== ""
                implicitHeight: errorText.implicitHeight + Theme.px(48)
                radius: Theme.radius
                color: Theme.errorSurface
                border.color: Theme.accent
                border.width: Theme.px(2)
                Text {
                    id: errorText
                    objectName: "lookupErrorText"
                    anchors.fill: parent
                    anchors.margins: Theme.px(24)
                    text: "⚠ " + StatusLookup.errorMessage
                    color: Theme.error
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
            }

            Item { Layout.fillHeight: true }
        }
    }

    // A lookup started elsewhere (a scanned receipt) shows its number in the field.
    Connections {
        target: StatusLookup
        function onChanged() {
            if (StatusLookup.receiptNumber !== "" && numberField.text === "")
                numberField.text = StatusLookup.receiptNumber
        }
    }

    Component.onCompleted: numberField.forceActiveFocus()
    // Leaving the screen: let go of the keyboard before the field goes, so the input method is not
    // left holding a field that no longer exists (the next screen, or the next citizen, would find
    // the keyboard stuck).
    Component.onDestruction: {
        Qt.inputMethod.commit()
        numberField.focus = false
        Qt.inputMethod.hide()
    }
    LanguagePicker { id: languagePicker }
}

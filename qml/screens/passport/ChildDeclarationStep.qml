import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// TK01a, for a child under 14: not sent online. The kiosk prints the
// completed declaration and says what to bring, because the child applies in
// person at the immigration office.
Item {
    id: child
    objectName: "childDeclarationStep"

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: column
                width: parent.width
                spacing: Theme.px(14)

                Text {
                    objectName: "childPrintState"
                    Layout.fillWidth: true
                    text: {
                        switch (PassportSubmission.printState) {
                        case "printing": return qsTr("Printing the declaration…")
                        case "printed": return qsTr("Please take the printed declaration and sign it.")
                        case "failed": return "⚠ " + PassportSubmission.printMessage
                        case "none": return qsTr("This kiosk has no printer: please ask a police guide for a paper form TK01a.")
                        default: return ""
                        }
                    }
                    color: PassportSubmission.printState === "failed" ? Theme.error : Theme.success
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("A passport for a child under 14 is applied for in person. Please come to the immigration office with:")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                Column {  // not in the layout: Qt 6.4's layouts crash when a Repeater replaces its items
                    id: bringList
                    Layout.fillWidth: true
                Repeater {
                    model: [
                        qsTr("the child, with a parent or the guardian;"),
                        qsTr("this declaration, signed;"),
                        qsTr("a copy of the child's birth certificate or birth extract (bring the original to compare);"),
                        qsTr("your ID card, and papers that show guardianship if you are the guardian;"),
                        qsTr("the child's old passport, if any.")
                    ]
                    delegate: Text {
                        required property string modelData
                        width: bringList.width
                        leftPadding: Theme.px(24)
                        text: "• " + modelData
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                    }
                }
                }
                Text {
                    Layout.fillWidth: true
                    visible: PassportWizard.feeKnown
                    text: qsTr("Fee, paid at the office: %1.").arg(PassportWizard.feeAmount)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            KioskButton {
                objectName: "childReprint"
                visible: PassportSubmission.printState === "failed"
                text: qsTr("Print again")
                outlined: true
                textColor: Theme.primary
                onClicked: PassportSubmission.reprint()
            }
            KioskButton {
                objectName: "childDone"
                text: qsTr("Done")
                baseColor: Theme.success
                onClicked: KioskSession.finish()
            }
        }
    }
}

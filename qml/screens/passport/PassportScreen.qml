import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// "Cấp hộ chiếu phổ thông": the TK01 declaration, one topic per screen,
// then review and fee. The steps and every rule live in PassportWizard.
Item {
    id: root
    objectName: "passportScreen"

    readonly property bool submitted: ["payment", "receipt", "declaration"].indexOf(PassportWizard.stepKind) >= 0

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
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacing
            spacing: Theme.px(12)

            ProgressSteps {
                Layout.fillWidth: true
                index: PassportWizard.stepIndex
                count: PassportWizard.stepCount
            }

            GridLayout {
                Layout.fillWidth: true
                columns: Theme.portrait ? 1 : 2
                columnSpacing: Theme.spacing
                rowSpacing: 0
                ScreenTitle {
                    objectName: "wizardStepTitle"
                    Layout.fillWidth: true
                    text: PassportWizard.stepTitle
                }
                InputMethodToggle {
                    visible: PassportWizard.stepKind === "form"
                    method: PassportWizard.inputMethod
                    onPicked: (method) => PassportWizard.inputMethod = method
                }
            }

            Loader {
                id: stepLoader
                objectName: "wizardStepLoader"
                Layout.fillWidth: true
                Layout.fillHeight: true
                sourceComponent: {
                    switch (PassportWizard.stepKind) {
                    case "scan": return idScanStep
                    case "photo": return photoStep
                    case "review": return reviewStep
                    case "fee": return feeStep
                    case "payment": return paymentStep
                    case "receipt": return receiptStep
                    case "declaration": return childDeclarationStep
                    default: return formStep
                    }
                }
            }

            Text {
                objectName: "wizardMessage"
                Layout.fillWidth: true
                visible: PassportWizard.stepMessage !== ""
                text: "⚠ " + PassportWizard.stepMessage
                color: Theme.error
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KioskButton {
                    objectName: "wizardBack"
                    // Once submitted (payment, receipt, printed declaration) there is no way back into the form.
                    visible: PassportWizard.stepIndex > 0 && !root.submitted
                    text: qsTr("Back")
                    outlined: true
                    textColor: Theme.primary
                    onClicked: PassportWizard.back()
                }
                Item { Layout.fillWidth: true }
                KioskButton {
                    objectName: "wizardNext"
                    // The scan step has its own "Nhập tay" (type by hand), which goes on.
                    visible: PassportWizard.stepIndex < PassportWizard.stepCount - 1 && !root.submitted
                             && PassportWizard.stepKind !== "scan"
                    text: {
                        if (PassportWizard.stepKind === "review")
                            return PassportWizard.childForm ? qsTr("Confirm and print the declaration") : qsTr("Confirm and see the fee")
                        if (PassportWizard.stepKind === "fee")
                            return qsTr("Submit the application")
                        return qsTr("Next")
                    }
                    baseColor: Theme.success
                    onClicked: PassportWizard.next()
                }
            }
        }
    }

    Component { id: formStep; FormStep {} }
    Component { id: reviewStep; ReviewStep {} }
    Component { id: feeStep; FeeStep {} }
    Component { id: idScanStep; IdScanStep {} }
    Component { id: photoStep; PhotoStep {} }
    Component { id: paymentStep; PaymentStep {} }
    Component { id: receiptStep; ReceiptStep {} }
    Component { id: childDeclarationStep; ChildDeclarationStep {} }

    LanguagePicker { id: languagePicker }
}

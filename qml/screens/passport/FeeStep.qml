import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// The fee for the chosen request, from the procedures catalogue. "Submit"
// hands the application to the outbox (PassportSubmission); payment follows.
Item {
    id: fee
    objectName: "feeStep"

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: feeColumn.implicitHeight + Theme.px(64)
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.primaryLight
            border.width: Theme.px(3)

            ColumnLayout {
                id: feeColumn
                anchors.fill: parent
                anchors.margins: Theme.px(32)
                spacing: Theme.px(16)
                Text {
                    Layout.fillWidth: true
                    text: PassportWizard.feeProcedure
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "feeAmount"
                    text: PassportWizard.feeAmount
                    color: Theme.primary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHero
                    font.bold: true
                    topPadding: Theme.px(8)
                }
                Text {
                    objectName: "feeReduction"
                    Layout.fillWidth: true
                    visible: PassportWizard.feeNormalAmount !== ""
                    text: PassportWizard.feeReducedUntil !== ""
                          ? qsTr("Reduced fee until %1 (%2). The normal fee is %3.")
                                .arg(PassportWizard.feeReducedUntil).arg(PassportWizard.feeReductionSource)
                                .arg(PassportWizard.feeNormalAmount)
                          : qsTr("Reduced fee (%1). The normal fee is %2.")
                                .arg(PassportWizard.feeReductionSource).arg(PassportWizard.feeNormalAmount)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("The result is usually ready %1 working days after the application is received.")
                          .arg(PassportWizard.feeReturnDays)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Fee according to the procedures catalogue of %1.").arg(PassportWizard.feeCatalogueDate)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
        }
        Text {
            objectName: "submitHint"
            Layout.fillWidth: true
            text: qsTr("When you touch \"Submit the application\", it is sent to the immigration office and you can pay the fee by bank QR code. Your answers can no longer be changed after that.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
    }
}

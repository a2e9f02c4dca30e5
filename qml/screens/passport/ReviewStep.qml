import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// Everything as it will be sent, one card per topic with "Edit", and the
// declaration as on the paper form.
Item {
    id: review
    objectName: "reviewStep"

    Flickable {
        id: flick
        objectName: "reviewFlick"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }

        // Positioners, not layouts: the cards are rebuilt whenever an answer changes.
        Column {
            id: column
            width: flick.width - Theme.px(24)
            spacing: Theme.spacing

            Repeater {
                model: PassportWizard.reviewSections
                Rectangle {
                    id: card
                    required property var modelData
                    objectName: "reviewSection-" + modelData.step
                    width: column.width
                    implicitHeight: cardColumn.implicitHeight + Theme.px(40)
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: modelData.errorCount > 0 ? Theme.accent : Theme.border
                    border.width: Theme.px(2)

                    ColumnLayout {
                        id: cardColumn
                        anchors.fill: parent
                        anchors.margins: Theme.px(20)
                        spacing: Theme.px(10)
                        RowLayout {
                            Layout.fillWidth: true
                            Text {
                                Layout.fillWidth: true
                                text: card.modelData.title
                                color: Theme.primary
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                wrapMode: Text.WordWrap
                            }
                            KioskButton {
                                objectName: "edit-" + card.modelData.step
                                text: qsTr("Edit")
                                outlined: true
                                textColor: Theme.primary
                                onClicked: PassportWizard.goToStep(card.modelData.step)
                            }
                        }
                        Flow {
                            id: answers
                            Layout.fillWidth: true
                            readonly property int columns: Theme.portrait ? 1 : 2
                            spacing: Theme.spacing
                            Repeater {
                                model: card.modelData.items
                                delegate: Column {
                                    required property var modelData
                                    width: (answers.width - (answers.columns - 1) * answers.spacing) / answers.columns
                                    Text {
                                        width: parent.width
                                        text: modelData.label
                                        color: Theme.textMuted
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontSmall
                                        wrapMode: Text.WordWrap
                                    }
                                    Text {
                                        objectName: "reviewValue-" + modelData.key
                                        width: parent.width
                                        text: modelData.value !== "" ? modelData.value : "—"
                                        color: Theme.text
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontBody
                                        font.bold: true
                                        wrapMode: Text.WordWrap
                                    }
                                    Text {
                                        width: parent.width
                                        visible: modelData.error !== ""
                                        text: "⚠ " + modelData.error
                                        color: Theme.error
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontSmall
                                        wrapMode: Text.WordWrap
                                    }
                                }
                            }
                        }
                    }
                }
            }

            // The declaration, ticked by the citizen as on the paper form.
            AbstractButton {
                id: declaration
                objectName: "declarationCheck"
                width: column.width
                implicitHeight: Math.max(Theme.minTouch, declarationText.implicitHeight + Theme.px(32))
                checkable: true
                checked: PassportWizard.declared
                onClicked: PassportWizard.setDeclared(checked)
                background: Rectangle {
                    radius: Theme.radius
                    color: declaration.checked ? Theme.successSurface : Theme.surface
                    border.color: declaration.checked ? Theme.success : Theme.primaryLight
                    border.width: Theme.px(3)
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    Rectangle {
                        Layout.leftMargin: Theme.px(16)
                        width: Theme.px(56); height: width
                        radius: Theme.px(8)
                        border.width: Theme.px(4)
                        border.color: Theme.primary
                        color: Theme.surface
                        Text {
                            anchors.centerIn: parent
                            text: declaration.checked ? "✓" : ""
                            color: Theme.success
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                        }
                    }
                    Text {
                        id: declarationText
                        Layout.fillWidth: true
                        text: qsTr("I declare that the information above is true.")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                }
            }
            Item { width: 1; height: Theme.spacing }
        }
    }
}

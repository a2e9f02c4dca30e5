import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// "Lấy số thứ tự": pick a service (and a priority the law gives), then read the
// number, the people ahead and the wait. The ticket prints by itself.
Item {
    id: screen
    objectName: "takeNumberScreen"
    property string priority: "none"

    Component.onCompleted: Qt.callLater(QueueDesk.refresh)

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
            visible: !QueueDesk.hasTicket

            ScreenTitle {
                Layout.fillWidth: true
                text: qsTr("Take a queue number")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Priority (the law gives it to these people; a guide may check):")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            ChoiceButtons {
                Layout.fillWidth: true
                namePrefix: "priority"
                choices: QueueDesk.priorities.map(p => ({value: p.code, label: p.label}))
                selected: screen.priority
                onChosen: value => screen.priority = value
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Choose the service:")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            Flow {
                id: serviceFlow
                Layout.fillWidth: true
                spacing: Theme.spacing
                readonly property int columns: Theme.portrait ? 1 : 3
                Repeater {
                    model: QueueDesk.services
                    AbstractButton {
                        id: serviceButton
                        required property var modelData
                        objectName: "queueService-" + modelData.code
                        width: (serviceFlow.width - serviceFlow.spacing * (serviceFlow.columns - 1)) / serviceFlow.columns
                        height: Theme.minTouch * 1.9
                        enabled: modelData.open && !QueueDesk.busy
                        focusPolicy: Qt.NoFocus
                        background: Rectangle {
                            radius: Theme.radius
                            color: serviceButton.down ? Theme.primaryDark : Theme.primary
                            opacity: serviceButton.enabled ? 1 : 0.45
                        }
                        contentItem: RowLayout {
                            spacing: Theme.px(20)
                            Text {
                                Layout.leftMargin: Theme.px(12)
                                Layout.preferredWidth: Theme.px(64)
                                horizontalAlignment: Text.AlignHCenter
                                text: serviceButton.modelData.letter
                                color: Theme.gold
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontHero
                                font.bold: true
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: Theme.px(4)
                                Text {
                                    Layout.fillWidth: true
                                    text: serviceButton.modelData.name
                                    color: Theme.textOnPrimary
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    wrapMode: Text.WordWrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                    lineHeight: 1.15
                                }
                                Text {
                                    Layout.fillWidth: true
                                    visible: serviceButton.modelData.waiting >= 0
                                    text: qsTr("Waiting: %1").arg(serviceButton.modelData.waiting)
                                          + (serviceButton.modelData.open ? "" : " · " + qsTr("closed now"))
                                    color: Theme.textOnPrimary
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                        }
                        onClicked: QueueDesk.take(modelData.code, screen.priority)
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                text: QueueDesk.errorMessage
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillHeight: true }  // the top bar's Home button leads back
        }

        ColumnLayout {
            objectName: "queueTicket"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing
            visible: QueueDesk.hasTicket

            ScreenTitle {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Your number")
            }
            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(parent.width, Theme.px(900))
                Layout.preferredHeight: ticketColumn.implicitHeight + Theme.px(64)
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.px(3)
                ColumnLayout {
                    id: ticketColumn
                    anchors.centerIn: parent
                    width: parent.width - Theme.px(64)
                    spacing: Theme.px(12)
                    Text {
                        objectName: "ticketLabel"
                        Layout.alignment: Qt.AlignHCenter
                        text: QueueDesk.ticketLabel
                        color: Theme.primary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontHero * 2.2
                        font.bold: true
                    }
                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: QueueDesk.ticketService
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        wrapMode: Text.WordWrap
                        lineHeight: 1.2
                    }
                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        visible: QueueDesk.ticketPriority !== ""
                        text: qsTr("Priority: %1").arg(QueueDesk.ticketPriority)
                        color: Theme.success
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                    }
                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("People ahead of you: %1").arg(QueueDesk.peopleAhead) + " · "
                              + qsTr("about %1 min").arg(QueueDesk.waitMinutes)
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle * 0.8
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Taken at %1. Watch the screen: your number and counter will be called.")
                              .arg(QueueDesk.issuedAt)
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        visible: QueueDesk.printMessage !== ""
                        text: QueueDesk.printMessage
                        color: Theme.warning
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                    }
                }
            }
            Item { Layout.fillHeight: true }
            KioskButton {
                objectName: "queueDone"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Done")
                onClicked: { QueueDesk.clear(); KioskSession.backToHome() }
            }
        }
    }

    LanguagePicker { id: languagePicker }
}

import QtQuick
import QtQuick.Controls
import Kiosk
import Kiosk.App

// The counter console for guides and officers: pick the counter, call the
// next number, recall it, mark it served or a no-show, transfer it, pause the
// counter. Reached from guide mode (later) and `--screen counter`.
Rectangle {
    id: console_
    objectName: "counterConsole"
    color: Theme.background

    readonly property int gap: Theme.px(24)

    function priorityLabel(code) {
        const found = QueueDesk.priorities.find(p => p.code === code)
        return found ? found.label : code
    }

    Component.onCompleted: Qt.callLater(CounterDesk.refresh)
    // Kiosks and other counters change the queue too.
    Timer { interval: 2000; running: true; repeat: true; onTriggered: CounterDesk.refresh() }

    // Header: title and the counter picker.
    Rectangle {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: headerRow.height + 2 * Theme.px(16)
        color: Theme.primary
        Row {
            id: headerRow
            anchors { left: parent.left; leftMargin: Theme.margin; verticalCenter: parent.verticalCenter }
            spacing: console_.gap
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Counter console")
                color: Theme.textOnPrimary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Counter:")
                color: Theme.textOnPrimary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            Row {
                spacing: Theme.px(12)
                Repeater {
                    model: CounterDesk.counters
                    KioskButton {
                        required property var modelData
                        objectName: "counterPick-" + modelData
                        readonly property bool isSelected: modelData === CounterDesk.counter
                        implicitWidth: Theme.minTouch
                        text: modelData
                        outlined: !isSelected
                        baseColor: Theme.gold
                        textColor: isSelected ? Theme.text : Theme.textOnPrimary
                        onClicked: CounterDesk.counter = modelData
                    }
                }
            }
        }
    }

    HelpAlertBanner {
        id: helpBanner
        anchors { left: parent.left; right: parent.right; top: header.bottom }
    }

    // Left: the current ticket and the actions.
    Item {
        id: leftPane
        anchors { left: parent.left; top: helpBanner.bottom; bottom: parent.bottom; margins: Theme.margin }
        width: Theme.portrait ? parent.width - 2 * Theme.margin : (parent.width - 3 * Theme.margin) * 0.55

        Rectangle {
            id: ticketCard
            objectName: "counterTicket"
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: ticketColumn.height + 2 * console_.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.px(2)
            Column {
                id: ticketColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: console_.gap }
                spacing: Theme.px(8)
                Text {
                    text: CounterDesk.paused ? qsTr("Counter %1 is paused").arg(CounterDesk.counter)
                                                : qsTr("Counter %1 is serving").arg(CounterDesk.counter)
                    color: CounterDesk.paused ? Theme.warning : Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: CounterDesk.paused
                }
                Text {
                    objectName: "counterCurrentLabel"
                    text: CounterDesk.hasTicket ? CounterDesk.currentLabel : "—"
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHero * 1.6
                    font.bold: true
                }
                Text {
                    width: parent.width
                    visible: CounterDesk.hasTicket
                    text: CounterDesk.currentService
                          + (CounterDesk.currentPriority !== "" ? " · " + qsTr("Priority: %1").arg(console_.priorityLabel(CounterDesk.currentPriority)) : "")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                    lineHeight: 1.15
                }
                Text {
                    visible: CounterDesk.hasTicket
                    text: qsTr("Called %n time(s)", "", CounterDesk.currentCalls)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    objectName: "counterWaiting"
                    text: qsTr("Waiting for this counter: %1").arg(CounterDesk.waiting)
                    color: Theme.primary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
            }
        }

        Flow {
            id: actions
            anchors { left: parent.left; right: parent.right; top: ticketCard.bottom; topMargin: console_.gap }
            spacing: Theme.px(16)
            KioskButton {
                objectName: "counterNext"
                text: qsTr("Call next")
                baseColor: Theme.success
                enabled: !CounterDesk.paused
                onClicked: CounterDesk.callNext()
            }
            KioskButton {
                objectName: "counterRecall"
                text: qsTr("Recall")
                enabled: CounterDesk.hasTicket
                onClicked: CounterDesk.recall()
            }
            KioskButton {
                objectName: "counterServed"
                text: qsTr("Served")
                enabled: CounterDesk.hasTicket
                onClicked: CounterDesk.served()
            }
            KioskButton {
                objectName: "counterNoShow"
                text: qsTr("No-show")
                baseColor: Theme.accent
                enabled: CounterDesk.hasTicket
                onClicked: CounterDesk.noShow()
            }
            KioskButton {
                objectName: "counterPause"
                text: CounterDesk.paused ? qsTr("Resume") : qsTr("Pause")
                baseColor: Theme.warning
                enabled: CounterDesk.paused || !CounterDesk.hasTicket
                onClicked: CounterDesk.setPaused(!CounterDesk.paused)
            }
        }

        Text {
            objectName: "counterMessage"
            anchors { left: parent.left; right: parent.right; top: actions.bottom; topMargin: console_.gap }
            visible: text !== ""
            text: CounterDesk.message
            color: Theme.warning
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
    }

    // Right: who waits, and where to send the current ticket.
    Flickable {
        id: rightPane
        anchors { right: parent.right; top: helpBanner.bottom; bottom: parent.bottom; margins: Theme.margin }
        width: Theme.portrait ? 0 : (parent.width - 3 * Theme.margin) * 0.45
        visible: !Theme.portrait
        contentHeight: rightColumn.height
        clip: true

        Column {
            id: rightColumn
            width: rightPane.width
            spacing: Theme.px(12)
            Text {
                text: qsTr("Waiting per service")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            Repeater {
                model: CounterDesk.services
                Rectangle {
                    required property var modelData
                    objectName: "counterService-" + modelData.code
                    width: rightColumn.width
                    height: Theme.px(64)
                    radius: Theme.px(10)
                    color: modelData.served ? Theme.surface : "transparent"
                    border.color: Theme.border
                    border.width: Theme.px(2)
                    Text {
                        anchors { left: parent.left; leftMargin: Theme.px(16); right: count.left; rightMargin: Theme.px(12); verticalCenter: parent.verticalCenter }
                        text: modelData.letter + " · " + modelData.name
                        color: modelData.served ? Theme.text : Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                    Text {
                        id: count
                        anchors { right: parent.right; rightMargin: Theme.px(16); verticalCenter: parent.verticalCenter }
                        text: modelData.priorityWaiting > 0 ? qsTr("%1 (%2 priority)").arg(modelData.waiting).arg(modelData.priorityWaiting)
                                                            : modelData.waiting
                        color: Theme.primary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                    }
                }
            }
            Text {
                topPadding: console_.gap
                width: rightColumn.width
                text: qsTr("Transfer the current ticket to:")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Flow {
                width: rightColumn.width
                spacing: Theme.px(12)
                Repeater {
                    model: CounterDesk.services
                    KioskButton {
                        required property var modelData
                        objectName: "transferService-" + modelData.code
                        implicitWidth: Theme.minTouch * 1.3
                        text: modelData.letter
                        outlined: true
                        textColor: Theme.primary
                        enabled: CounterDesk.hasTicket
                        onClicked: CounterDesk.transfer(modelData.code, 0)
                    }
                }
            }
            Flow {
                width: rightColumn.width
                spacing: Theme.px(12)
                Repeater {
                    model: CounterDesk.counters
                    KioskButton {
                        required property var modelData
                        objectName: "transferCounter-" + modelData
                        visible: modelData !== CounterDesk.counter
                        text: qsTr("Counter %1").arg(modelData)
                        outlined: true
                        textColor: Theme.primary
                        enabled: CounterDesk.hasTicket
                        onClicked: CounterDesk.transfer("", modelData)
                    }
                }
            }
        }
    }
}

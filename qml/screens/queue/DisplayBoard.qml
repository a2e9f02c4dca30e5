import QtQuick
import Kiosk
import Kiosk.App

// The display board on the hall's TV: the numbers being called now and their
// counters (the newest large), the numbers called before, and the time. New
// calls are spoken by QueueBoard (chime, then "Mời số A 12 đến quầy số 3").
// No session, no idle countdown: nobody touches it.
Rectangle {
    id: board
    objectName: "displayBoard"
    color: Theme.primaryDark

    readonly property int gap: Theme.px(28)
    readonly property var others: QueueBoard.calling.slice(1)
    readonly property bool portrait: height > width
    // Between the header and the footer, less the outer gaps.
    readonly property real bodyHeight: height - header.height - footer.height - 2 * gap

    // Header: the site's name and the time.
    Rectangle {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Theme.px(120)
        color: Theme.primary
        Text {
            anchors { left: parent.left; leftMargin: board.gap; right: clock.left; verticalCenter: parent.verticalCenter }
            text: SiteInfo.name
            color: Theme.textOnPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            elide: Text.ElideRight
        }
        Text {
            id: clock
            objectName: "boardClock"
            anchors { right: parent.right; rightMargin: board.gap; verticalCenter: parent.verticalCenter }
            color: Theme.gold
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            text: Qt.formatTime(new Date(), "HH:mm")
            Timer {
                interval: 10000; running: true; repeat: true
                onTriggered: clock.text = Qt.formatTime(new Date(), "HH:mm")
            }
        }
    }

    // Left: now calling.
    Item {
        id: nowPane
        x: board.gap
        y: header.height + board.gap
        width: board.portrait ? board.width - 2 * board.gap : (board.width - 3 * board.gap) * 0.64
        height: board.portrait ? board.bodyHeight * 0.6 : board.bodyHeight

        Text {
            id: nowTitle
            anchors { left: parent.left; top: parent.top }
            text: qsTr("Now calling")
            color: Theme.gold
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            topPadding: Theme.px(6)
            bottomPadding: Theme.px(6)
        }

        Rectangle {
            id: latestCard
            objectName: "boardLatest"
            anchors { left: parent.left; right: parent.right; top: nowTitle.bottom; topMargin: Theme.px(12) }
            height: parent.height * 0.5
            radius: Theme.radius
            color: Theme.surface
            visible: QueueBoard.latestLabel !== ""

            Row {
                id: latestRow
                anchors.centerIn: parent
                spacing: Theme.px(60)
                scale: Math.min(1, latestCard.width * 0.92 / Math.max(1, implicitWidth))
                Text {
                    objectName: "boardLatestLabel"
                    anchors.verticalCenter: parent.verticalCenter
                    text: QueueBoard.latestLabel
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: latestCard.height * 0.62
                    font.bold: true
                }
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    text: "→"
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: latestCard.height * 0.3
                }
                Column {
                    anchors.verticalCenter: parent.verticalCenter
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: qsTr("Counter")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: latestCard.height * 0.14
                        font.bold: true
                    }
                    Text {
                        objectName: "boardLatestCounter"
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: QueueBoard.latestCounter
                        color: Theme.primary
                        font.family: Theme.fontFamily
                        font.pixelSize: latestCard.height * 0.5
                        font.bold: true
                    }
                }
            }
            // A new call flashes the card.
            SequentialAnimation on color {
                id: flash
                running: false
                loops: 3
                ColorAnimation { to: Theme.gold; duration: 350 }
                ColorAnimation { to: Theme.surface; duration: 350 }
            }
        }

        Text {
            anchors { left: parent.left; right: parent.right; top: nowTitle.bottom; topMargin: Theme.px(40) }
            visible: QueueBoard.latestLabel === ""
            text: qsTr("No number is being called yet.")
            color: Theme.textOnPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            wrapMode: Text.WordWrap
        }

        // The other counters' current numbers.
        Flow {
            id: othersFlow
            anchors { left: parent.left; right: parent.right; top: latestCard.bottom; topMargin: board.gap; bottom: parent.bottom }
            spacing: board.gap
            readonly property int columns: 2
            Repeater {
                model: board.others
                Rectangle {
                    id: otherCard
                    required property var modelData
                    objectName: "boardCalling-" + modelData.label
                    width: (othersFlow.width - othersFlow.spacing * (othersFlow.columns - 1)) / othersFlow.columns
                    height: Math.min(Theme.px(150), (othersFlow.height - othersFlow.spacing) / 2)
                    radius: Theme.radius
                    color: Theme.primaryLight
                    Row {
                        anchors.centerIn: parent
                        spacing: Theme.px(24)
                        scale: Math.min(1, otherCard.width * 0.92 / Math.max(1, implicitWidth))
                        Text {
                            text: otherCard.modelData.label
                            color: Theme.gold
                            font.family: Theme.fontFamily
                            font.pixelSize: otherCard.height * 0.55
                            font.bold: true
                        }
                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            text: "→ " + qsTr("Counter %1").arg(otherCard.modelData.counter)
                            color: Theme.textOnPrimary
                            font.family: Theme.fontFamily
                            font.pixelSize: otherCard.height * 0.33
                            font.bold: true
                        }
                    }
                }
            }
        }
    }

    // Right: called before.
    Rectangle {
        id: recentPane
        x: board.portrait ? board.gap : nowPane.x + nowPane.width + board.gap
        y: board.portrait ? nowPane.y + nowPane.height + board.gap : nowPane.y
        width: board.portrait ? nowPane.width : board.width - x - board.gap
        height: board.portrait ? board.bodyHeight - nowPane.height - board.gap : board.bodyHeight
        radius: Theme.radius
        color: Theme.primary

        Text {
            id: recentTitle
            anchors { left: parent.left; leftMargin: board.gap; top: parent.top; topMargin: Theme.px(12) }
            text: qsTr("Called before")
            color: Theme.gold
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            topPadding: Theme.px(6)
            bottomPadding: Theme.px(6)
        }
        Column {
            id: recentColumn
            anchors { left: parent.left; right: parent.right; top: recentTitle.bottom; margins: board.gap }
            spacing: Theme.px(8)
            readonly property real rowHeight: Math.min(Theme.px(104), (recentPane.height - recentTitle.height - 3 * board.gap) / 6 - spacing)
            Repeater {
                model: QueueBoard.recent
                Item {
                    required property var modelData
                    required property int index
                    objectName: "boardRecent-" + modelData.label
                    width: recentColumn.width
                    height: recentColumn.rowHeight
                    Rectangle {
                        anchors.fill: parent
                        radius: Theme.px(10)
                        color: index % 2 === 0 ? Theme.primaryLight : "transparent"
                    }
                    Text {
                        anchors { left: parent.left; leftMargin: Theme.px(24); verticalCenter: parent.verticalCenter }
                        text: modelData.label
                        color: Theme.textOnPrimary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                    }
                    Text {
                        anchors { right: parent.right; rightMargin: Theme.px(24); verticalCenter: parent.verticalCenter }
                        text: qsTr("Counter %1").arg(modelData.counter)
                        color: Theme.textOnPrimary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                }
            }
        }
    }

    Rectangle {
        id: footer
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Math.max(Theme.px(90), footerText.implicitHeight + Theme.px(24))
        color: Theme.primary
        Text {
            id: footerText
            anchors.centerIn: parent
            width: parent.width - 2 * board.gap
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("When your number is called, please go to the counter shown. Keep your ticket ready.")
            color: Theme.textOnPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }

    Connections {
        target: QueueBoard
        function onAnnounced() { flash.restart() }
    }
}

import QtQuick
import Kiosk
import Kiosk.App

// Today's figures of this kiosk: sessions, applications, queue numbers.
Item {
    id: view
    objectName: "dayFiguresView"
    Component.onCompleted: DayFigures.refresh()

    readonly property var f: DayFigures.figures

    component Figure: Rectangle {
        property string label
        property var value
        height: Math.max(Theme.minTouch * 1.6, figureColumn.implicitHeight + 2 * Theme.px(16))
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.px(2)
        Column {
            id: figureColumn
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.px(20) }
            Text {
                text: value === undefined ? "–" : value
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Text {
                width: parent.width
                text: label
                wrapMode: Text.WordWrap
                lineHeight: 1.15
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    Flickable {
        anchors { fill: parent; margins: Theme.margin }
        contentHeight: column.height
        clip: true
        Column {
            id: column
            width: parent.width
            spacing: Theme.spacing

            ScreenTitle { width: parent.width; text: qsTr("Today's figures (%1)").arg(view.f.day || "") }
            Flow {
                id: cards
                objectName: "dayFigureCards"
                width: parent.width
                spacing: Theme.spacing
                readonly property real cardWidth: (width - 2 * spacing) / 3
                Figure { width: cards.cardWidth; objectName: "figureSessionsStarted"; label: qsTr("Sessions started"); value: view.f.sessionsStarted }
                Figure { width: cards.cardWidth; label: qsTr("Sessions finished"); value: view.f.sessionsFinished }
                Figure { width: cards.cardWidth; label: qsTr("Sessions abandoned or timed out"); value: view.f.sessionsAbandoned }
                Figure { width: cards.cardWidth; objectName: "figureSubmitted"; label: qsTr("Applications submitted"); value: view.f.applicationsSubmitted }
                Figure { width: cards.cardWidth; label: qsTr("Applications accepted by the portal"); value: view.f.applicationsAccepted }
            }
            Text {
                width: parent.width
                visible: (view.f.queue || []).length > 0
                text: qsTr("Queue numbers")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontButton
                font.bold: true
            }
            Repeater {
                model: view.f.queue || []
                Rectangle {
                    required property var modelData
                    width: column.width
                    height: Math.max(Theme.minTouch, queueLine.implicitHeight + 2 * Theme.px(12))
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.px(2)
                    Text {
                        id: queueLine
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.px(20) }
                        wrapMode: Text.WordWrap
                        lineHeight: 1.2
                        text: qsTr("%1 — issued %2, served %3, absent %4, median wait %5 min")
                              .arg(modelData.name).arg(modelData.issued).arg(modelData.served)
                              .arg(modelData.noShows).arg(modelData.medianWaitMinutes)
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                }
            }
            Text {
                width: parent.width
                visible: DayFigures.problem !== ""
                wrapMode: Text.WordWrap
                text: qsTr("Some figures could not be read (%1).").arg(DayFigures.problem)
                color: Theme.error
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
    }
}

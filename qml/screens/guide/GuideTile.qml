import QtQuick
import QtQuick.Controls
import Kiosk

// A guide home tile: a title and one line saying what it does.
AbstractButton {
    id: tile
    property string title
    property string detail
    property bool warning: false

    implicitHeight: Math.max(Theme.minTouch * 1.6, column.implicitHeight + 2 * Theme.px(20))
    focusPolicy: Qt.NoFocus

    background: Rectangle {
        radius: Theme.radius
        color: tile.down ? Theme.pressedSurface : (tile.warning ? Theme.warningSurface : Theme.surface)
        border.width: Theme.px(3)
        border.color: tile.warning ? Theme.warning : Theme.border
    }
    contentItem: Item {
        Column {
            id: column
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.px(24) }
            spacing: Theme.px(6)
            Text {
                width: parent.width
                text: tile.title
                wrapMode: Text.WordWrap
                lineHeight: 1.15
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontButton
                font.bold: true
            }
            Text {
                width: parent.width
                text: tile.detail
                wrapMode: Text.WordWrap
                lineHeight: 1.15
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}

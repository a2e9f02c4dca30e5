import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk

// One service on the home screen: icon, name and a line saying what it does.
AbstractButton {
    id: tile
    required property string serviceId
    required property string title
    required property string subtitle
    required property string iconName

    objectName: "tile-" + serviceId
    focusPolicy: Qt.NoFocus
    implicitHeight: Math.max(Theme.px(200), contentItem.implicitHeight + 2 * Theme.px(28))

    background: Rectangle {
        radius: Theme.radius
        color: tile.down ? Theme.pressedSurface : Theme.surface
        border.color: Theme.border
        border.width: Theme.px(2)
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        anchors.margins: Theme.px(32)
        Rectangle {
            Layout.leftMargin: Theme.px(32)
            width: Theme.px(120); height: width; radius: width / 2
            color: Theme.darkGround
            Image {
                anchors.centerIn: parent
                source: "qrc:/Kiosk/icons/" + tile.iconName
                width: Theme.px(68); height: width
                sourceSize.width: width; sourceSize.height: height
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.rightMargin: Theme.px(32)
            spacing: Theme.px(6)
            Text {
                Layout.fillWidth: true
                text: tile.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontButton
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: tile.subtitle
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
        }
    }
}

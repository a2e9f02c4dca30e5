import QtQuick
import QtQuick.Controls
import Kiosk

// A large, clearly labelled touch button. Never smaller than Theme.minTouch.
AbstractButton {
    id: control
    property url iconSource: ""
    property color baseColor: Theme.primary
    property color textColor: Theme.textOnPrimary
    property bool outlined: false

    implicitHeight: Theme.minTouch
    implicitWidth: Math.max(Theme.minTouch * 2, row.implicitWidth + Theme.px(64))
    focusPolicy: Qt.NoFocus

    background: Rectangle {
        radius: Theme.radius
        color: control.outlined ? "transparent" : (control.down ? Qt.darker(control.baseColor, 1.25) : control.baseColor)
        border.width: control.outlined ? Theme.px(3) : 0
        border.color: control.textColor
        opacity: control.enabled ? 1 : 0.45
    }

    contentItem: Item {
        Row {
            id: row
            anchors.centerIn: parent
            spacing: Theme.px(16)
            Image {
                visible: control.iconSource != ""
                source: control.iconSource
                width: Theme.px(44); height: width
                sourceSize.width: width; sourceSize.height: height
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                text: control.text
                color: control.textColor
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontButton
                font.bold: true
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
}

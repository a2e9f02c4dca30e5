import QtQuick
import QtQuick.Controls
import Kiosk

// One accessibility switch: an icon over a short word; when on, lit in gold
// with a tick instead of the icon. Never below the touch minimum.
AbstractButton {
    id: control
    property url iconSource: ""
    property bool lit: false
    property bool showLabel: true

    focusPolicy: Qt.NoFocus
    implicitHeight: Math.max(Theme.minTouch, column.implicitHeight + Theme.px(16))
    implicitWidth: Math.max(Theme.minTouch, (showLabel ? label.implicitWidth : 0) + Theme.px(28))
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checked: lit

    background: Rectangle {
        radius: Theme.radius
        color: control.lit ? Theme.gold : (control.down ? Theme.primaryDark : "transparent")
        border.width: Theme.px(3)
        border.color: control.lit ? Theme.gold : Theme.textOnDark
    }

    contentItem: Item {
        Column {
            id: column
            anchors.centerIn: parent
            spacing: Theme.px(2)
            Item {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Theme.px(control.showLabel ? 40 : 52); height: width
                Image {
                    anchors.fill: parent
                    visible: !control.lit
                    source: control.iconSource
                    sourceSize.width: width; sourceSize.height: height
                }
                Text {
                    anchors.centerIn: parent
                    visible: control.lit
                    text: "✓"
                    color: "#000000"  // on the gold/yellow of "on" in both palettes
                    font.pixelSize: parent.height
                    font.bold: true
                }
            }
            Text {
                id: label
                visible: control.showLabel
                anchors.horizontalCenter: parent.horizontalCenter
                text: control.text
                color: control.lit ? "#000000" : Theme.textOnDark
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
        }
    }
}

import QtQuick
import Kiosk
import Kiosk.App

// Big digit keys, dots for what was typed. The digits themselves stay in
// GuideMode (C++); the pad only reports presses.
Column {
    id: pad
    objectName: "pinPad"
    spacing: Theme.px(20)

    readonly property int keySize: Math.max(96, Theme.px(120))

    Row {
        objectName: "pinDots"
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: Theme.px(18)
        height: Theme.px(36)
        Repeater {
            model: Math.max(GuideMode.pinLength, 6)
            Rectangle {
                required property int index
                width: Theme.px(30); height: width; radius: width / 2
                color: index < GuideMode.pinLength ? Theme.primary : "transparent"
                border.width: Theme.px(3)
                border.color: Theme.primary
            }
        }
    }

    Grid {
        columns: 3
        spacing: Theme.px(16)
        anchors.horizontalCenter: parent.horizontalCenter
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"]
            KioskButton {
                required property string modelData
                objectName: "pinKey-" + modelData
                width: pad.keySize * 1.3
                height: pad.keySize
                enabled: !GuideMode.checking
                outlined: modelData === "erase"
                baseColor: modelData === "ok" ? Theme.success : Theme.primary
                textColor: modelData === "erase" ? Theme.primary : Theme.textOnPrimary
                text: modelData === "erase" ? qsTr("Erase") : modelData === "ok" ? qsTr("OK") : modelData
                font.pixelSize: Theme.fontTitle
                onClicked: {
                    if (modelData === "erase")
                        GuideMode.erase()
                    else if (modelData === "ok")
                        GuideMode.submit()
                    else
                        GuideMode.pressDigit(Number(modelData))
                }
            }
        }
    }
}

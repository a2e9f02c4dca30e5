import QtQuick
import QtQuick.Layouts
import Kiosk

// How letters typed on the keyboard become Vietnamese: Telex, VNI or off.
RowLayout {
    id: methodToggle
    required property string method
    signal picked(string method)
    spacing: Theme.px(12)

    Text {
        text: qsTr("Typing:")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    Repeater {
        model: [{ value: "telex", label: "Telex" }, { value: "vni", label: "VNI" }, { value: "off", label: qsTr("Off") }]
        KioskButton {
            required property var modelData
            objectName: "inputMethod-" + modelData.value
            readonly property bool isSelected: modelData.value === methodToggle.method
            text: (isSelected ? "✓ " : "") + modelData.label
            outlined: !isSelected
            baseColor: Theme.primaryLight
            textColor: isSelected ? Theme.textOnPrimary : Theme.primary
            onClicked: methodToggle.picked(modelData.value)
        }
    }
}

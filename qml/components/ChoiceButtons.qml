import QtQuick
import QtQuick.Layouts
import Kiosk

// One answer out of a few, as large buttons. The chosen one is filled and
// carries a tick, so the choice never shows by colour alone.
Flow {
    id: choiceButtons
    required property var choices      // [{value, label}]
    required property string selected
    property string namePrefix: "choice"
    signal chosen(string value)

    spacing: Theme.px(16)

    Repeater {
        model: choiceButtons.choices
        KioskButton {
            required property var modelData
            objectName: choiceButtons.namePrefix + "-" + modelData.value
            readonly property bool isSelected: modelData.value === choiceButtons.selected
            text: (isSelected ? "✓ " : "") + modelData.label
            outlined: !isSelected
            baseColor: Theme.primaryLight
            textColor: isSelected ? Theme.textOnPrimary : Theme.primary
            onClicked: choiceButtons.chosen(modelData.value)
        }
    }
}

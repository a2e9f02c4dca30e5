import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// One field of the passport declaration: its label, the input that fits its
// kind, and its error in words right under it. A value read from the ID card
// carries a "from the ID card" badge (words, not only a colour) until changed.
ColumnLayout {
    id: field
    required property string fieldKey
    required property string label
    required property string kind
    required property string value
    required property string displayValue
    required property string errorText
    required property bool mandatory
    required property bool shown
    required property var choices
    required property string day
    required property string month
    required property string year
    required property bool fromCard
    signal pickRequested(string fieldKey, string label, string kind)

    objectName: "fieldBox-" + fieldKey
    visible: shown
    spacing: Theme.px(8)

    readonly property bool isText: ["text", "name", "id", "phone", "email", "passport"].indexOf(kind) >= 0
    readonly property bool isPicker: ["province", "commune", "ethnicity", "religion"].indexOf(kind) >= 0

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.px(12)
        Text {
            Layout.fillWidth: true
            text: field.label + (field.mandatory ? "" : "  " + qsTr("(optional)"))
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.WordWrap
            topPadding: Theme.px(6)
        }
        Rectangle {
            objectName: "fromCard-" + field.fieldKey
            visible: field.fromCard
            Layout.alignment: Qt.AlignBottom
            implicitWidth: badgeText.implicitWidth + Theme.px(24)
            implicitHeight: badgeText.implicitHeight + Theme.px(8)
            radius: height / 2
            color: Theme.surfaceAlt
            border.color: Theme.primaryLight
            border.width: Theme.px(2)
            Text {
                id: badgeText
                anchors.centerIn: parent
                text: qsTr("From the ID card")
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall * 0.85
                font.bold: true
            }
        }
    }

    // Inline components cannot see `field`: the error state comes in as a property.
    component BoxField: TextField {
        id: box
        property bool hasError: false
        Layout.preferredHeight: Theme.minTouch
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        leftPadding: Theme.px(20)
        color: Theme.text
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.px(3)
            border.color: box.hasError ? Theme.accent : (box.activeFocus ? Theme.primaryLight : Theme.border)
        }
    }

    BoxField {
        id: textBox
        objectName: "field-" + field.fieldKey
        visible: field.isText
        hasError: field.errorText !== ""
        Layout.fillWidth: true
        text: field.value
        inputMethodHints: {
            switch (field.kind) {
            case "id": return Qt.ImhDigitsOnly
            case "phone": return Qt.ImhDialableCharactersOnly
            case "email": return Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            case "passport": return Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
            default: return Qt.ImhNoPredictiveText
            }
        }
        // Each key goes through the view-model, which composes Telex/VNI.
        onTextEdited: {
            const composed = PassportWizard.edit(field.fieldKey, text)
            if (composed !== text)
                text = composed
        }
    }

    RowLayout {
        visible: field.kind === "date"
        spacing: Theme.px(16)
        // A fixed model: the boxes must survive every keystroke to keep focus.
        Repeater {
            model: ["day", "month", "year"]
            BoxField {
                required property string modelData
                objectName: "field-" + field.fieldKey + "-" + modelData
                Layout.preferredWidth: Theme.px(modelData === "year" ? 200 : 150)
                placeholderText: modelData === "day" ? qsTr("Day") : modelData === "month" ? qsTr("Month") : qsTr("Year")
                hasError: field.errorText !== ""
                text: modelData === "day" ? field.day : modelData === "month" ? field.month : field.year
                maximumLength: modelData === "year" ? 4 : 2
                inputMethodHints: Qt.ImhDigitsOnly
                validator: RegularExpressionValidator { regularExpression: /[0-9]*/ }
                onTextEdited: PassportWizard.setDatePart(field.fieldKey, modelData, text)
            }
        }
    }

    ChoiceButtons {
        visible: field.kind === "choice"
        Layout.fillWidth: true
        choices: field.choices
        selected: field.value
        namePrefix: "choice-" + field.fieldKey
        onChosen: (choice) => PassportWizard.setAnswer(field.fieldKey, choice)
    }

    KioskButton {
        objectName: "pick-" + field.fieldKey
        visible: field.isPicker
        Layout.fillWidth: true
        text: field.displayValue !== "" ? field.displayValue : qsTr("Touch to choose")
        outlined: true
        textColor: field.displayValue !== "" ? Theme.text : Theme.primary
        onClicked: field.pickRequested(field.fieldKey, field.label, field.kind)
    }

    // The problem in words, never only the red border.
    Text {
        objectName: "error-" + field.fieldKey
        Layout.fillWidth: true
        visible: field.errorText !== ""
        text: "⚠ " + field.errorText
        color: Theme.error
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
}

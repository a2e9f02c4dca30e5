import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// Choose a province, commune, ethnicity or religion by typing part of its
// name; accents are optional ("dong da" finds "Phường Đống Đa").
Popup {
    id: picker
    objectName: "placePicker"
    property string fieldKey
    property string label
    property string kind
    property var results: []

    function openFor(key, title, fieldKind) {
        fieldKey = key
        label = title
        kind = fieldKind
        searchBox.text = ""
        results = PassportWizard.search(fieldKey, "")
        open()
        searchBox.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? parent.width - Theme.margin * 2 : 0
    height: parent ? parent.height - Theme.margin * 2 : 0
    modal: true
    padding: Theme.px(32)
    background: Rectangle { radius: Theme.radius; color: Theme.surface }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: picker.label
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
            }
            KioskButton {
                objectName: "pickerClose"
                text: qsTr("Close")
                outlined: true
                textColor: Theme.primary
                onClicked: picker.close()
            }
        }
        TextField {
            id: searchBox
            objectName: "pickerSearch"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.minTouch
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            leftPadding: Theme.px(20)
            placeholderText: qsTr("Type part of the name, accents not needed")
            inputMethodHints: Qt.ImhNoPredictiveText
            onTextChanged: picker.results = PassportWizard.search(picker.fieldKey, text)
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.px(3)
                border.color: searchBox.activeFocus ? Theme.primaryLight : Theme.border
            }
        }
        Text {
            Layout.fillWidth: true
            visible: picker.results.length === 0
            text: picker.kind === "commune" && PassportWizard.answer(picker.fieldKey.replace(/commune$/, "province")) === ""
                  ? qsTr("Please choose the province or city first.")
                  : qsTr("Nothing found. Try fewer letters.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        ListView {
            objectName: "pickerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.px(12)
            model: picker.results
            delegate: KioskButton {
                required property var modelData
                objectName: "pickResult-" + modelData.code
                width: ListView.view.width
                text: modelData.name
                outlined: true
                textColor: Theme.text
                onClicked: {
                    PassportWizard.setAnswer(picker.fieldKey, modelData.code)
                    picker.close()
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// Each language named in itself; Vietnamese first.
Item {
    id: screen
    objectName: "languageScreen"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 2

        Rectangle {
            Layout.alignment: Qt.AlignRight
            implicitWidth: languageAccessibility.implicitWidth + Theme.px(24)
            implicitHeight: languageAccessibility.implicitHeight + Theme.px(24)
            radius: Theme.radius
            color: Theme.darkGround
            AccessibilityBar {
                id: languageAccessibility
                anchors.centerIn: parent
                showSpeakSteps: true
            }
        }
        Item { Layout.fillHeight: true }
        ScreenTitle {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: "Chọn ngôn ngữ  ·  Choose your language"
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: Theme.px(1400)
            columns: Theme.portrait ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Repeater {
                model: LanguageList
                delegate: KioskButton {
                    required property string code
                    required property string nativeName
                    objectName: "language-" + code
                    Layout.preferredWidth: Theme.px(620)
                    Layout.preferredHeight: Theme.px(150)
                    text: nativeName
                    iconSource: "qrc:/Kiosk/icons/globe.svg"
                    onClicked: KioskSession.chooseLanguage(code)
                }
            }
        }
        Item { Layout.fillHeight: true }
        KioskButton {
            objectName: "languageCancel"
            Layout.alignment: Qt.AlignHCenter
            text: "Quay lại  ·  Back"
            iconSource: "qrc:/Kiosk/icons/back.svg"
            outlined: true
            textColor: Theme.primary
            onClicked: KioskSession.endSession()
        }
    }
}

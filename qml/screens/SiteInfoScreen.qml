import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// Where this support point is, when it opens, and whom to call.
Item {
    id: screen
    objectName: "siteInfoScreen"

    component InfoRow: RowLayout {
        id: infoRow
        property string iconName
        property string label
        property string value
        Layout.fillWidth: true
        spacing: Theme.spacing
        Rectangle {
            Layout.alignment: Qt.AlignTop
            width: Theme.px(88); height: width; radius: width / 2
            color: Theme.primary
            Image {
                anchors.centerIn: parent
                source: "qrc:/Kiosk/icons/" + infoRow.iconName
                width: Theme.px(50); height: width
                sourceSize.width: width; sourceSize.height: height
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.px(4)
            Text {
                text: infoRow.label
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            Text {
                Layout.fillWidth: true
                text: infoRow.value
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            onLanguageRequested: languagePicker.open()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing * 1.5

            ScreenTitle {
                Layout.fillWidth: true
                text: qsTr("About this support point")
            }
            InfoRow { iconName: "pin.svg"; label: qsTr("Name"); value: SiteInfo.name }
            InfoRow { iconName: "home.svg"; label: qsTr("Address"); value: SiteInfo.address }
            InfoRow {
                iconName: "clock.svg"
                label: qsTr("Opening hours")
                value: SiteInfo.openingHours
            }
            InfoRow { iconName: "phone.svg"; label: qsTr("Hotline"); value: SiteInfo.hotline }
            Item { Layout.fillHeight: true }
            KioskButton {
                objectName: "siteInfoBack"
                text: qsTr("Back to services")
                iconSource: "qrc:/Kiosk/icons/back.svg"
                onClicked: KioskSession.backToHome()
            }
        }
    }

    LanguagePicker { id: languagePicker }
}

import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// The services this kiosk offers, one large tile each.
Item {
    id: screen
    objectName: "homeScreen"

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            showHome: false
            onLanguageRequested: languagePicker.open()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing

            ScreenTitle {
                objectName: "homeTitle"
                Layout.fillWidth: true
                text: qsTr("What would you like to do today?")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Touch a service to begin. A police guide is nearby if you need help.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                CallGuideButton {
                    Layout.preferredWidth: Math.min(implicitWidth, parent.width * 0.45)
                    implicitWidth: Theme.px(560)
                }
            }
            GridLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                columns: Theme.portrait ? 1 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Repeater {
                    model: ServiceCatalog
                    delegate: ServiceTileButton {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        onClicked: KioskSession.openService(serviceId)
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.px(96)
            color: Theme.surfaceAlt
            Text {
                anchors.centerIn: parent
                width: parent.width - Theme.margin * 2
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Hotline %1  ·  %2").arg(SiteInfo.hotline).arg(SiteInfo.address)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
    }

    LanguagePicker { id: languagePicker }
}

import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// Site name, accessibility (large text, contrast, read aloud), language, home
// and "Finish": on every screen of a session. Portrait screens are narrow, so
// there each group gets its own line.
Rectangle {
    id: bar
    property bool showHome: true
    signal languageRequested()

    implicitHeight: layout.implicitHeight + Theme.px(32)
    color: Theme.darkGround

    GridLayout {
        id: layout
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.px(16)
        anchors.bottomMargin: Theme.px(16)
        columns: Theme.portrait ? 1 : 3
        columnSpacing: Theme.spacing
        rowSpacing: Theme.px(12)

        Text {
            objectName: "topBarSiteName"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.portrait ? 0 : Theme.minTouch
            verticalAlignment: Text.AlignVCenter
            text: SiteInfo.name
            color: Theme.textOnDark
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: true
            elide: Text.ElideRight
            maximumLineCount: Theme.textScale > 1 ? 3 : 2  // large text: a third line, not a cut name
            wrapMode: Text.WordWrap
        }

        AccessibilityBar {
            Layout.alignment: Theme.portrait ? Qt.AlignLeft : Qt.AlignRight
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacing

            KioskButton {
                objectName: "languageButton"
                text: LanguageList.nativeName(KioskSession.language)
                iconSource: "qrc:/Kiosk/icons/globe.svg"
                baseColor: Theme.primaryLight
                onClicked: bar.languageRequested()
            }
            KioskButton {
                objectName: "homeButton"
                visible: bar.showHome
                text: qsTr("Home")
                iconSource: "qrc:/Kiosk/icons/home.svg"
                baseColor: Theme.primaryLight
                onClicked: KioskSession.backToHome()
            }
            KioskButton {
                objectName: "endSessionButton"
                text: qsTr("Finish")
                iconSource: "qrc:/Kiosk/icons/exit.svg"
                baseColor: Theme.accent
                onClicked: KioskSession.endAndRate()
            }
        }
    }
}

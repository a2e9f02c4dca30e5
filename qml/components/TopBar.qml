import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// Site name, language, home and "end session": on every screen of a session.
Rectangle {
    id: bar
    property bool showHome: true
    signal languageRequested()

    implicitHeight: Theme.minTouch + Theme.px(40)
    color: Theme.primary

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: SiteInfo.name
            color: Theme.textOnPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: true
            elide: Text.ElideRight
            maximumLineCount: 2
            wrapMode: Text.WordWrap
        }
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
            onClicked: KioskSession.endSession()
        }
    }
}

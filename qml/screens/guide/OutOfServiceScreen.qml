import QtQuick
import Kiosk
import Kiosk.App

// What citizens see while a guide has taken the kiosk out of service: no way
// to start a session, the guide's message, and where to go instead. In
// Vietnamese first, then in the citizen's language (English when the kiosk
// speaks Vietnamese), so a foreign resident reads it too.
Rectangle {
    id: notice
    objectName: "outOfServiceScreen"
    color: Theme.darkGround

    readonly property string secondLanguage: KioskSession.language !== "vi" ? KioskSession.language : "en"
    readonly property string titleSource: QT_TR_NOOP("This kiosk is out of service")
    readonly property string helpSource: QT_TR_NOOP("A police guide in the hall can help you.")

    // Citizens' taps stop here: nothing underneath starts a session.
    MouseArea { anchors.fill: parent }

    component NoticeText: Column {
        id: block
        required property string language
        required property bool first
        width: parent.width
        spacing: Theme.spacing * 0.75

        Text {
            objectName: "outOfServiceTitle-" + block.language
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            lineHeight: 1.2
            text: LanguageList.textIn(block.language, "OutOfServiceScreen", notice.titleSource)
            color: block.first ? Theme.gold : Theme.textOnDark
            font.family: Theme.fontFamily
            font.pixelSize: block.first ? Theme.fontHero : Theme.fontTitle
            font.bold: true
        }
        Text {
            objectName: "outOfServiceMessage-" + block.language
            width: parent.width
            visible: text !== ""
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            lineHeight: 1.25
            // A preset message is translated; a guide's own words stay as typed.
            text: LanguageList.textIn(block.language, "OutOfServicePresets", OutOfService.message)
            color: Theme.textOnDark
            font.family: Theme.fontFamily
            font.pixelSize: block.first ? Theme.fontTitle : Theme.fontBody
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            lineHeight: 1.2
            text: LanguageList.textIn(block.language, "OutOfServiceScreen", notice.helpSource)
            color: Theme.textOnDarkMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing * 2

        NoticeText { language: "vi"; first: true }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width * 0.4
            height: Theme.px(2)
            color: Theme.textOnDarkMuted
            opacity: 0.5
        }
        NoticeText {
            objectName: "outOfServiceSecond"
            language: notice.secondLanguage
            first: false
        }
    }
}

import QtQuick
import Kiosk
import Kiosk.App

// Shows the screen for the session's state, and the idle countdown above it.
Item {
    id: shell
    objectName: "shell"

    onWidthChanged: Theme.scale = Math.min(width, height) / 1080
    onHeightChanged: Theme.scale = Math.min(width, height) / 1080
    readonly property bool portrait: height > width
    onPortraitChanged: Theme.portrait = portrait

    readonly property string screenName: {
        switch (KioskSession.state) {
        case "language": return "language"
        case "home": return "home"
        case "service": return KioskSession.service
        default: return "attract"
        }
    }
    // Screens by name, so `--screen NAME` and tests can reach each one.
    readonly property var screens: ({
        "attract": attractScreen,
        "language": languageScreen,
        "home": homeScreen,
        "site-info": siteInfoScreen,
        "status": statusLookupScreen,
        "procedures": proceduresScreen,
        "passport": passportScreen,
        "queue": takeNumberScreen,
        "counter": counterConsoleScreen,
        "feedback": feedbackScreen
    })

    Rectangle { anchors.fill: parent; color: Theme.background }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        sourceComponent: shell.screens[shell.screenName] || homeScreen
        property string loadedName: shell.screenName
    }

    Component { id: attractScreen; AttractScreen {} }
    Component { id: languageScreen; LanguageScreen {} }
    Component { id: homeScreen; HomeScreen {} }
    Component { id: siteInfoScreen; SiteInfoScreen {} }
    Component { id: statusLookupScreen; StatusLookupScreen {} }
    Component { id: proceduresScreen; ProceduresScreen {} }
    Component { id: passportScreen; PassportScreen {} }
    Component { id: takeNumberScreen; TakeNumberScreen {} }
    Component { id: counterConsoleScreen; CounterConsole {} }
    Component { id: feedbackScreen; FeedbackScreen {} }

    // Display mode (motcua-kiosk --display, --screen board): the board covers everything.
    Loader {
        objectName: "boardLoader"
        anchors.fill: parent
        z: 50
        active: QueueBoard.active
        visible: active  // otherwise it would sit above every screen and catch taps
        sourceComponent: DisplayBoard {}
    }

    // Out of service, guide mode and the hidden corner that opens it: above every screen.
    GuideLayer { z: 60 }

    IdleDialog {
        anchors.fill: parent
        visible: KioskSession.idleWarning
        secondsLeft: KioskSession.idleSecondsLeft
        totalSeconds: KioskSession.idleCountdownSeconds
    }
}

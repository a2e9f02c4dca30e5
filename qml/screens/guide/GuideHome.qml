import QtQuick
import Kiosk
import Kiosk.App

// What a logged-in guide can do. A tile opens a page; every page has the
// same header with "Guide home" and "Leave guide mode".
Rectangle {
    id: home
    objectName: "guideHome"
    color: Theme.background

    readonly property string page: GuideMode.page  // menu | counter | health | outOfService | figures | reprint

    Rectangle {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: headerRow.height + 2 * Theme.px(16)
        color: Theme.darkGround
        Text {
            anchors { left: parent.left; leftMargin: Theme.margin; right: headerRow.left; verticalCenter: parent.verticalCenter }
            text: qsTr("Guide mode — %1").arg(GuideMode.guide)
            elide: Text.ElideRight
            color: Theme.textOnDark
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Row {
            id: headerRow
            anchors { right: parent.right; rightMargin: Theme.margin; verticalCenter: parent.verticalCenter }
            spacing: Theme.spacing
            KioskButton {
                objectName: "guideHomeMenu"
                visible: home.page !== "menu"
                text: qsTr("Guide home")
                baseColor: Theme.primaryLight
                onClicked: GuideMode.page = "menu"
            }
            KioskButton {
                objectName: "guideLogout"
                text: qsTr("Leave guide mode")
                baseColor: Theme.accent
                onClicked: GuideMode.logout()
            }
        }
    }

    HelpAlertBanner {
        id: alerts
        anchors { left: parent.left; right: parent.right; top: header.bottom }
    }

    Loader {
        anchors { left: parent.left; right: parent.right; top: alerts.bottom; bottom: parent.bottom }
        sourceComponent: ({
            "menu": menuPage, "counter": counterPage, "health": healthPage,
            "outOfService": outOfServicePage, "figures": figuresPage, "reprint": reprintPage
        })[home.page]
    }

    Component { id: counterPage; CounterConsole {} }
    Component { id: healthPage; DeviceHealthView {} }
    Component { id: outOfServicePage; OutOfServiceEditor {} }
    Component { id: figuresPage; DayFiguresView {} }
    Component { id: reprintPage; ReprintView {} }

    Component {
        id: menuPage
        Flickable {
            contentHeight: tiles.height + 2 * Theme.margin
            clip: true
            Flow {
                id: tiles
                x: Theme.margin; y: Theme.margin
                width: parent.width - 2 * Theme.margin
                spacing: Theme.spacing
                readonly property int tileWidth: (width - spacing) / 2

                GuideTile {
                    objectName: "guideAssisted"
                    width: tiles.tileWidth
                    title: qsTr("Start an assisted session")
                    detail: qsTr("The next citizen's application records that you helped")
                    onClicked: GuideMode.startAssistedSession()
                }
                GuideTile {
                    objectName: "guideCounter"
                    width: tiles.tileWidth
                    visible: CounterDesk.available
                    title: qsTr("Counter console")
                    detail: qsTr("Call queue numbers, mark them served or absent")
                    onClicked: GuideMode.page = "counter"
                }
                GuideTile {
                    objectName: "guideReprint"
                    width: tiles.tileWidth
                    title: qsTr("Reprint a receipt")
                    detail: qsTr("Today's tickets and receipts")
                    onClicked: GuideMode.page = "reprint"
                }
                GuideTile {
                    objectName: "guideHealth"
                    width: tiles.tileWidth
                    title: qsTr("Device health")
                    detail: DeviceHealth.needsAttention ? qsTr("Something needs attention") : qsTr("Printer, camera, scanner, portal link")
                    warning: DeviceHealth.needsAttention
                    onClicked: GuideMode.page = "health"
                }
                GuideTile {
                    objectName: "guideOutOfService"
                    width: tiles.tileWidth
                    title: OutOfService.active ? qsTr("Back in service") : qsTr("Out of service")
                    detail: OutOfService.active ? qsTr("Citizens now see: %1").arg(qsTranslate("OutOfServicePresets", OutOfService.message))
                                                : qsTr("Stop citizens from starting a session, with a message")
                    warning: OutOfService.active
                    onClicked: GuideMode.page = "outOfService"
                }
                GuideTile {
                    objectName: "guideFigures"
                    width: tiles.tileWidth
                    title: qsTr("Today's figures")
                    detail: qsTr("Sessions, applications, queue numbers, waiting time")
                    onClicked: GuideMode.page = "figures"
                }
                GuideTile {
                    objectName: "guideCloseApp"
                    width: tiles.tileWidth
                    visible: GuideMode.technician
                    title: qsTr("Close the kiosk application")
                    detail: qsTr("Technicians only: the citizen's data is wiped first")
                    warning: true
                    onClicked: GuideMode.requestQuit()
                }
            }
        }
    }
}

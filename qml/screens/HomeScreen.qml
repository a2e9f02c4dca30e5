import QtQuick
import QtQuick.Controls
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

        // Scrolls when the services do not fit (large text, a long language): nothing is cut off.
        Flickable {
            id: services
            objectName: "homeServices"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: content.implicitHeight + Theme.margin + Theme.spacing
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {
                objectName: "homeScrollIndicator"
                // Shown, not faded out, whenever there is more to see: a citizen must know the list scrolls.
                visible: services.contentHeight > services.height + Theme.px(4)
                active: visible
                contentItem: Rectangle {
                    implicitWidth: Theme.px(10)
                    radius: width / 2
                    color: Theme.textMuted
                }
            }

            ColumnLayout {
                id: content
                x: Theme.margin
                y: Theme.margin
                width: services.width - 2 * Theme.margin
                spacing: Theme.spacing

                ScreenTitle {
                    objectName: "homeTitle"
                    Layout.fillWidth: true
                    text: qsTr("What would you like to do today?")
                }
                GridLayout {
                    Layout.fillWidth: true
                    // Side by side while the intro keeps 60 % of the width; else one above the other.
                    columns: callGuide.implicitWidth > content.width * 0.4 ? 1 : 2
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Touch a service to begin. A police guide is nearby if you need help.")
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                    }
                    CallGuideButton {
                        id: callGuide
                        Layout.preferredWidth: Math.min(implicitWidth, content.width)
                    }
                }
                GridLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    // Landscape: five services or more in three columns, so that all fit without scrolling;
                    // large text keeps two (wider tiles, the list scrolls).
                    columns: Theme.portrait ? 1 : (Theme.textScale > 1 || tiles.count <= 4 ? 2 : 3)
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing
                    Repeater {
                        id: tiles
                        model: ServiceCatalog
                        delegate: ServiceTileButton {
                            Layout.fillWidth: true
                            Layout.fillHeight: true  // a row's tiles as tall as its tallest
                            Layout.preferredWidth: 1
                            onClicked: KioskSession.openService(serviceId)
                        }
                    }
                }
            }
        }

        // More below: the last visible row fades out while the list can still scroll down.
        Rectangle {
            objectName: "homeMoreBelow"
            Layout.fillWidth: true
            Layout.preferredHeight: 0
            z: 1
            visible: services.contentY + services.height < services.contentHeight - Theme.px(4)
            Rectangle {
                anchors { left: parent.left; right: parent.right; bottom: parent.top }
                height: Theme.px(96)
                gradient: Gradient {
                    GradientStop { position: 0.0; color: "transparent" }
                    GradientStop { position: 1.0; color: Theme.background }
                }
            }
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

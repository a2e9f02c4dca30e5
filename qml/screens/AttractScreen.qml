import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// What a passer-by sees: gentle motion, and one clear invitation to touch.
Item {
    id: screen
    objectName: "attractScreen"

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.darkGround }
            GradientStop { position: 1.0; color: Theme.darkGroundDeep }
        }
    }

    // Slow drifting circles: movement that catches the eye without distracting.
    Repeater {
        model: 3
        Rectangle {
            required property int index
            width: Theme.px(700 + index * 260); height: width; radius: width / 2
            color: "transparent"
            border.color: index === 1 ? Theme.gold : Theme.textOnDark
            border.width: Theme.px(3)
            opacity: 0.10
            x: screen.width * (0.55 + 0.15 * index) - width / 2
            y: screen.height * (0.25 + 0.2 * index) - height / 2
            SequentialAnimation on scale {
                loops: Animation.Infinite
                NumberAnimation { from: 0.92; to: 1.08; duration: 5000 + index * 1400; easing.type: Easing.InOutSine }
                NumberAnimation { from: 1.08; to: 0.92; duration: 5000 + index * 1400; easing.type: Easing.InOutSine }
            }
        }
    }

    // Centred between the accessibility bar and the hotline, so that on a short screen
    // (1280×800) the site's name stays clear of the bar's buttons.
    Item {
        anchors.top: accessBar.bottom
        anchors.bottom: hotline.top
        anchors.left: parent.left
        anchors.right: parent.right

        ColumnLayout {
            anchors.centerIn: parent
            width: parent.width - Theme.margin * 2
            spacing: Theme.px(36)

            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: SiteInfo.name
                color: Theme.gold
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Self-service public services")
                color: Theme.textOnDark
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHero
                font.bold: true
                wrapMode: Text.WordWrap
                lineHeight: 1.15
            }

            Item {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.px(40)
                width: Theme.px(260); height: width
                Rectangle {
                    id: pulse
                    anchors.centerIn: parent
                    width: parent.width; height: width; radius: width / 2
                    color: "transparent"
                    border.color: Theme.gold
                    border.width: Theme.px(8)
                    // A ring that swells and fades, like a ripple from a touch.
                    ParallelAnimation {
                        running: true
                        loops: Animation.Infinite
                        NumberAnimation { target: pulse; property: "scale"; from: 0.75; to: 1.25; duration: 2200; easing.type: Easing.OutCubic }
                        NumberAnimation { target: pulse; property: "opacity"; from: 0.9; to: 0.0; duration: 2200; easing.type: Easing.OutCubic }
                    }
                }
                Rectangle {
                    anchors.centerIn: parent
                    width: parent.width * 0.72; height: width; radius: width / 2
                    color: Theme.gold
                    Image {
                        anchors.centerIn: parent
                        source: "qrc:/Kiosk/icons/touch.svg"
                        width: parent.width * 0.55; height: width
                        sourceSize.width: width; sourceSize.height: height
                    }
                }
            }

            Text {
                objectName: "attractPrompt"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Touch to start")
                color: Theme.textOnDark
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                topPadding: Theme.px(10)
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                // The invitation in every language the kiosk speaks, for visitors who don't read Vietnamese.
                text: "Touch to start  ·  点击开始  ·  터치하여 시작  ·  タッチして開始"
                color: Theme.textOnDarkMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
        }
    }

    Row {
        id: hotline
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.margin
        spacing: Theme.px(14)
        Image {
            source: "qrc:/Kiosk/icons/phone.svg"
            width: Theme.px(36); height: width
            sourceSize.width: width; sourceSize.height: height
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            text: qsTr("Hotline %1").arg(SiteInfo.hotline)
            color: Theme.textOnDarkMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    MouseArea {
        objectName: "attractTouchArea"
        anchors.fill: parent
        onClicked: KioskSession.start()
    }

    // Large text, contrast and reading aloud before the session starts (above the touch area).
    AccessibilityBar {
        id: accessBar
        z: 2
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.margin
        showSpeakSteps: true
    }
}

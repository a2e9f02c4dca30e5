import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// "Ảnh chân dung": the live camera with one guidance message at a time, a
// 3-2-1 countdown when everything passes, then the 4x6 result to keep or
// retake. PhotoCapture (C++) does the looking; this page only shows it.
Item {
    id: step
    objectName: "photoStep"

    readonly property string state_: PhotoCapture.state
    readonly property bool live: state_ === "live" || state_ === "starting"

    function checkLabel(key) {
        switch (key) {
        case "face": return qsTr("Face in the frame")
        case "pose": return qsTr("Head straight")
        case "expression": return qsTr("Eyes open, mouth closed")
        case "light": return qsTr("Even light")
        case "background": return qsTr("White background")
        case "sharpness": return qsTr("Sharp picture")
        }
        return key
    }

    function errorText(code) {
        switch (code) {
        case "camera.disconnected": return qsTr("The camera was disconnected.")
        case "camera.frozen":
        case "camera.timeout": return qsTr("The camera stopped sending pictures.")
        case "camera.none":
        case "camera.no_device": return qsTr("No camera was found on this kiosk.")
        }
        return qsTr("The camera cannot be used right now.")
    }

    GridLayout {
        anchors.fill: parent
        columns: Theme.portrait ? 1 : 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        // The picture: live camera, or the 4x6 result.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.portrait ? -1 : parent.width * 0.58

            CameraView {
                id: camera
                objectName: "photoCamera"
                visible: step.live
                anchors.centerIn: parent
                // 4:3 keeps the whole head and shoulders in view either way.
                width: Math.min(parent.width, parent.height * 4 / 3)
                height: width * 3 / 4
                radius: Theme.radius
                publisher: PhotoCapture.preview
                mirrored: true
                showHeadOval: true
                ovalColor: PhotoCapture.steady ? "#4caf50" : "#ffffff"

                // The countdown in a corner: the citizen keeps seeing their face.
                Rectangle {
                    objectName: "photoCountdown"
                    visible: PhotoCapture.countdown > 0
                    anchors.top: parent.top
                    anchors.right: parent.right
                    anchors.margins: Theme.px(20)
                    width: Theme.px(160)
                    height: width
                    radius: width / 2
                    color: Theme.success
                    border.color: "#ffffff"
                    border.width: Theme.px(6)
                    Text {
                        anchors.centerIn: parent
                        text: PhotoCapture.countdown
                        color: "#ffffff"
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.px(110)
                        font.bold: true
                    }
                }
                Text {
                    anchors.centerIn: parent
                    visible: PhotoCapture.state === "starting"
                    text: qsTr("Starting the camera…")
                    color: "#ffffff"
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
            }

            Rectangle {
                objectName: "photoResult"
                visible: step.state_ === "result"
                anchors.centerIn: parent
                height: parent.height
                width: height * 2 / 3
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.px(2)
                CameraPreview {
                    anchors.fill: parent
                    anchors.margins: Theme.px(8)
                    publisher: PhotoCapture.result
                }
            }

            Rectangle {
                visible: step.state_ === "error" || step.state_ === "idle"
                anchors.fill: parent
                radius: Theme.radius
                color: "#1d2430"
                Text {
                    anchors.centerIn: parent
                    text: "📷"
                    color: "#8090a0"
                    font.pixelSize: Theme.px(160)
                }
            }
        }

        // What to do now.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: !Theme.portrait
            Layout.preferredWidth: Theme.portrait ? -1 : parent.width * 0.38
            spacing: Theme.px(20)

            // Live: one message, the checks, the standing instructions.
            Rectangle {
                visible: step.live
                Layout.fillWidth: true
                implicitHeight: guidanceText.implicitHeight + Theme.px(48)
                radius: Theme.radius
                color: PhotoCapture.steady ? Theme.success : Theme.primary
                Text {
                    id: guidanceText
                    objectName: "photoGuidance"
                    anchors.fill: parent
                    anchors.margins: Theme.px(24)
                    text: PhotoCapture.guidance !== "" ? PhotoCapture.guidance : qsTr("Please stand inside the oval")
                    color: Theme.textOnPrimary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignVCenter
                    lineHeight: 1.15
                }
            }

            Flow {
                visible: step.live
                Layout.fillWidth: true
                spacing: Theme.px(12)
                Repeater {
                    model: PhotoCapture.checkStates
                    Rectangle {
                        required property var modelData
                        width: chip.implicitWidth + Theme.px(32)
                        height: Theme.px(56)
                        radius: height / 2
                        color: modelData.passed ? Theme.successSurface : Theme.surfaceAlt
                        border.color: modelData.passed ? Theme.success : Theme.border
                        border.width: Theme.px(2)
                        Text {
                            id: chip
                            anchors.centerIn: parent
                            text: (modelData.passed ? "✓ " : "○ ") + step.checkLabel(modelData.key)
                            color: modelData.passed ? Theme.success : Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }

            Text {
                visible: step.live
                Layout.fillWidth: true
                text: qsTr("No glasses, no hat; keep your face and both ears visible. The photo is taken by itself when everything is right.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                lineHeight: 1.15
            }

            // Result: keep or retake.
            Text {
                visible: step.state_ === "result"
                Layout.fillWidth: true
                text: PhotoCapture.attached ? qsTr("This photo is attached to your application.")
                                            : qsTr("Is this photo good? Check that your eyes are open and your face is clear.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: PhotoCapture.attached
                wrapMode: Text.WordWrap
                lineHeight: 1.15
            }
            KioskButton {
                objectName: "photoAccept"
                visible: step.state_ === "result" && !PhotoCapture.attached && PhotoCapture.resultFailures === ""
                Layout.fillWidth: true
                text: qsTr("Use this photo")
                baseColor: Theme.success
                onClicked: if (PhotoCapture.accept()) PassportWizard.next()
            }
            KioskButton {
                objectName: "photoRetake"
                visible: step.state_ === "result" && PhotoCapture.retakesLeft > 0
                Layout.fillWidth: true
                text: qsTr("Retake (%1 left)").arg(PhotoCapture.retakesLeft)
                outlined: true
                textColor: Theme.primary
                onClicked: PhotoCapture.retake()
            }

            // Camera trouble: say so, keep the answers, offer a guide.
            Text {
                objectName: "photoError"
                visible: step.state_ === "error"
                Layout.fillWidth: true
                text: step.errorText(PhotoCapture.errorCode) + "\n"
                      + qsTr("Your answers are kept. A guide can help you take the photo.")
                color: Theme.error
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
                lineHeight: 1.15
            }
            KioskButton {
                objectName: "photoRetry"
                visible: step.state_ === "error"
                Layout.fillWidth: true
                text: qsTr("Try again")
                outlined: true
                textColor: Theme.primary
                onClicked: PhotoCapture.start()
            }

            KioskButton {
                objectName: "photoCallGuide"
                visible: step.state_ === "error" || (step.state_ === "result" && PhotoCapture.retakesLeft === 0)
                         || PhotoCapture.guidanceCode === "guide.call_guide_light"
                enabled: !PhotoCapture.guideCalled
                Layout.fillWidth: true
                text: PhotoCapture.guideCalled ? qsTr("A guide is coming") : qsTr("Call a guide")
                baseColor: Theme.warning
                onClicked: PhotoCapture.callGuide()
            }
            Item { Layout.fillHeight: true }
        }
    }
}

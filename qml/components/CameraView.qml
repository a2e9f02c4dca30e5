import QtQuick
import Kiosk
import Kiosk.App

// The live camera picture of a step (a FramePublisher), filling the view,
// mirrored for the citizen when `mirrored`; with `showHeadOval` an oval shows
// where the head goes (the passport photo's framing).
Rectangle {
    id: view
    objectName: "cameraView"
    property FramePublisher publisher: null
    property bool mirrored: false
    property bool showHeadOval: false
    property color ovalColor: "#ffffff"
    readonly property bool hasFrame: preview.hasFrame
    color: "#1d2430"
    clip: true

    CameraPreview {
        id: preview
        objectName: "cameraPreview"
        anchors.fill: parent
        publisher: view.publisher
        mirrored: view.mirrored
    }

    // Dims around an oval of a head at passport size: about 60 % of the
    // picture's height, centred a little above the middle.
    Canvas {
        id: guide
        objectName: "headGuide"
        anchors.fill: parent
        visible: view.showHeadOval
        readonly property real ovalHeight: height * 0.62
        readonly property real ovalWidth: ovalHeight * 0.74
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
        onVisibleChanged: requestPaint()
        Connections {
            target: view
            function onOvalColorChanged() { guide.requestPaint() }
        }
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const x = (width - ovalWidth) / 2, y = height * 0.45 - ovalHeight / 2
            ctx.fillRule = Qt.OddEvenFill
            ctx.fillStyle = Qt.rgba(0, 0, 0, 0.35)
            ctx.beginPath()
            ctx.rect(0, 0, width, height)
            ctx.ellipse(x, y, ovalWidth, ovalHeight)
            ctx.fill()
            ctx.lineWidth = Math.max(4, Theme.px(6))
            ctx.strokeStyle = view.ovalColor
            ctx.beginPath()
            ctx.ellipse(x, y, ovalWidth, ovalHeight)
            ctx.stroke()
        }
    }
}

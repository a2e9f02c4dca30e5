import QtQuick
import Kiosk

// A face for a satisfaction level: 1 frowns, 3 is flat, 5 smiles broadly.
Canvas {
    id: face
    property int level: 3
    readonly property color fill: Theme.ratingColours[level - 1]
    readonly property color ink: Theme.ratingInk

    onFillChanged: requestPaint()
    onInkChanged: requestPaint()
    onWidthChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        const s = Math.min(width, height)
        const line = Math.max(3, s * 0.06)
        ctx.reset()
        ctx.lineWidth = line
        ctx.strokeStyle = ink
        ctx.fillStyle = fill
        ctx.beginPath()
        ctx.arc(s / 2, s / 2, s / 2 - line, 0, 2 * Math.PI)
        ctx.fill()
        ctx.stroke()
        ctx.fillStyle = ink
        for (const x of [0.35, 0.65]) {
            ctx.beginPath()
            ctx.arc(s * x, s * 0.40, s * 0.065, 0, 2 * Math.PI)
            ctx.fill()
        }
        // Mouth: a quadratic curve bending down (sad) to up (happy).
        const bend = (level - 3) * 0.09
        ctx.beginPath()
        ctx.moveTo(s * 0.30, s * 0.66 - bend * s * 0.3)
        ctx.quadraticCurveTo(s * 0.5, s * (0.66 + bend), s * 0.70, s * 0.66 - bend * s * 0.3)
        ctx.stroke()
    }
}

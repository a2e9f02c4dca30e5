pragma Singleton
import QtQuick

// Sizes and colours for every screen. Designed for a 1080 px short side;
// `scale` follows the window so portrait and landscape both fit.
QtObject {
    id: theme

    property real scale: 1.0
    property bool portrait: false
    property real textScale: 1.0   // large-text mode raises it

    function px(value) { return Math.round(value * scale) }
    function fontPx(value) { return Math.round(value * scale * textScale) }

    readonly property string fontFamily: "Noto Sans"

    // Colours: calm navy for structure, the red and gold of public service for accents.
    readonly property color primary: "#0b3a6f"
    readonly property color primaryDark: "#072748"
    readonly property color primaryLight: "#1f5fa8"
    readonly property color accent: "#c62828"
    readonly property color gold: "#f2b705"
    readonly property color background: "#f4f6f9"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1b2430"
    readonly property color textMuted: "#556070"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color border: "#d5dbe3"
    readonly property color success: "#2e7d32"
    readonly property color warning: "#b26a00"

    // Touch targets never below 64 px, whatever the scale.
    readonly property int minTouch: Math.max(64, px(88))
    readonly property int radius: px(18)
    readonly property int spacing: px(24)
    readonly property int margin: px(48)

    readonly property int fontSmall: fontPx(26)
    readonly property int fontBody: fontPx(32)
    readonly property int fontButton: fontPx(34)
    readonly property int fontTitle: fontPx(48)
    readonly property int fontHero: fontPx(76)
}

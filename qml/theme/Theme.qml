pragma Singleton
import QtQuick
import Kiosk.App

// Sizes and colours for every screen. Designed for a 1080 px short side;
// `scale` follows the window so portrait and landscape both fit.
// Large text (Accessibility.largeText) multiplies every font by 1.5; high
// contrast (Accessibility.highContrast) swaps in a black/white/yellow palette
// whose text pairs all pass WCAG 2.x AAA (7:1; see docs/accessibility.md).
QtObject {
    id: theme

    property real scale: 1.0
    property bool portrait: false
    readonly property real textScale: Accessibility.textScale
    readonly property bool highContrast: Accessibility.highContrast

    function px(value) { return Math.round(value * scale) }
    function fontPx(value) { return Math.round(value * scale * textScale) }
    function pick(ordinary, contrast) { return highContrast ? contrast : ordinary }

    readonly property string fontFamily: "Noto Sans"

    // Colours: calm navy for structure, the red and gold of public service for accents.
    // In high contrast: black grounds, white text, yellow for everything that acts.
    readonly property color primary: pick("#0b3a6f", "#ffff00")
    readonly property color primaryDark: pick("#072748", "#d6d600")
    readonly property color primaryLight: pick("#1f5fa8", "#ffff00")
    readonly property color accent: pick("#c62828", "#ff8a8a")
    readonly property color gold: pick("#f2b705", "#ffff00")
    readonly property color background: pick("#f4f6f9", "#000000")
    readonly property color surface: pick("#ffffff", "#000000")
    readonly property color surfaceAlt: pick("#e6ebf2", "#000000")  // footers, hints, read-only fields
    readonly property color pressedSurface: pick("#e8eef6", "#333333")
    readonly property color text: pick("#1b2430", "#ffffff")
    readonly property color textMuted: pick("#556070", "#ffffff")
    readonly property color textOnPrimary: pick("#ffffff", "#000000")
    readonly property color border: pick("#d5dbe3", "#ffffff")
    readonly property color success: pick("#2e7d32", "#66ff66")
    readonly property color successSurface: pick("#e8f5e9", "#000000")
    readonly property color warning: pick("#b26a00", "#ffff00")
    readonly property color warningSurface: pick("#fff4e0", "#000000")
    readonly property color error: pick("#8e1b1b", "#ff8a8a")  // error words next to a field
    readonly property color errorSurface: pick("#fdecea", "#000000")
    // Grounds that stay dark in both palettes, for white text and the white icons:
    // the top bar, the attract screen, icon discs.
    readonly property color darkGround: pick("#0b3a6f", "#000000")
    readonly property color darkGroundDeep: pick("#072748", "#000000")
    readonly property color textOnDark: "#ffffff"
    readonly property color textOnDarkMuted: pick("#c9d6e6", "#ffffff")

    // The five satisfaction faces, very dissatisfied … very satisfied (fill, then ink).
    readonly property var ratingColours: pick(["#c62828", "#ef6c00", "#f2b705", "#7cb342", "#2e7d32"],
                                              ["#000000", "#000000", "#000000", "#000000", "#000000"])
    readonly property color ratingInk: pick("#1b2430", "#ffff00")

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

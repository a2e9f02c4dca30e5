import QtQuick
import Kiosk

// A screen's heading, with room above and below for stacked diacritics.
Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontTitle
    font.bold: true
    wrapMode: Text.WordWrap
    lineHeight: 1.2
    topPadding: Theme.px(8)
    bottomPadding: Theme.px(8)
}

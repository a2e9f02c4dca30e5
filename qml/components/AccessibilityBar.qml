import QtQuick
import Kiosk
import Kiosk.App

// Large text, high contrast and "read aloud", one tap each, on a dark ground
// (the top bar, the attract and language screens). The speaker reads the
// screen's instruction: its title (ScreenTitle size) and the paragraph right
// after it; pressing again replays. With "read each step" on, every new
// screen or step is read as it appears.
Row {
    id: bar
    objectName: "accessibilityBar"
    property bool showLabels: true
    property bool showSpeakSteps: false  // the attract and language screens offer it
    spacing: Theme.px(12)

    AccessibilityToggle {
        objectName: "largeTextToggle"
        text: qsTr("Large text")
        showLabel: bar.showLabels
        iconSource: "qrc:/Kiosk/icons/text-size.svg"
        lit: Accessibility.largeText
        onClicked: Accessibility.largeText = !Accessibility.largeText
    }
    AccessibilityToggle {
        objectName: "highContrastToggle"
        text: qsTr("Contrast")
        showLabel: bar.showLabels
        iconSource: "qrc:/Kiosk/icons/contrast.svg"
        lit: Accessibility.highContrast
        onClicked: Accessibility.highContrast = !Accessibility.highContrast
    }
    AccessibilityToggle {
        objectName: "speakButton"
        visible: SpokenGuidance.available
        text: qsTr("Read aloud")
        showLabel: bar.showLabels
        iconSource: "qrc:/Kiosk/icons/speaker.svg"
        lit: SpokenGuidance.busy
        onClicked: bar.speakInstruction()
    }
    AccessibilityToggle {
        objectName: "speakStepsToggle"
        visible: bar.showSpeakSteps && SpokenGuidance.available
        text: qsTr("Read each step")
        showLabel: true
        iconSource: "qrc:/Kiosk/icons/speaker.svg"
        lit: Accessibility.speakSteps
        onClicked: {
            Accessibility.speakSteps = !Accessibility.speakSteps
            if (Accessibility.speakSteps)
                bar.speakInstruction()
        }
    }

    // The screen this bar sits on: the nearest ancestor named "…Screen".
    function screenRoot() {
        let item = bar.parent
        while (item && !(item.objectName && item.objectName.endsWith("Screen")) && item.parent)
            item = item.parent
        return item
    }

    function isText(item) {
        return item && item.visible && item.text !== undefined && item.font !== undefined
            && item.lineCount !== undefined && String(item.text).trim() !== ""
    }

    // The first visible text set as a title, depth first in the order shown.
    function findTitle(item) {
        if (!item || !item.visible || item === bar)
            return null
        if (isText(item) && item.font.pixelSize === Theme.fontTitle)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findTitle(item.children[i])
            if (found)
                return found
        }
        return null
    }

    function plain(text) {
        return String(text).replace(/<[^>]*>/g, " ").replace(/⚠/g, "").trim()
    }

    function instructionText() {
        const title = findTitle(screenRoot())
        if (!title)
            return ""
        let words = plain(title.text)
        const siblings = title.parent ? title.parent.children : []
        for (let i = 0; i < siblings.length - 1; ++i) {
            let next = siblings[i + 1]
            if (!isText(next) && next.children && next.children.length > 0)
                next = next.children[0]  // the instruction shares a row with a button (home: "Call a guide")
            if (siblings[i] === title && isText(next) && next.font.pixelSize === Theme.fontBody) {
                words += (/[.?!。？！]$/.test(words) ? " " : ". ") + plain(next.text)
                break
            }
        }
        titleWatch.target = title
        return words
    }

    function speakInstruction() {
        SpokenGuidance.speak(instructionText())
    }

    // A new step changes the title in place (the passport wizard): read it when asked to.
    Connections {
        id: titleWatch
        target: null
        ignoreUnknownSignals: true
        function onTextChanged() {
            if (Accessibility.speakSteps && bar.visible)
                Qt.callLater(bar.speakInstruction)
        }
    }

    Component.onCompleted: {
        if (Accessibility.speakSteps)
            Qt.callLater(bar.speakInstruction)
        else
            Qt.callLater(bar.instructionText)  // start watching the title
    }
}

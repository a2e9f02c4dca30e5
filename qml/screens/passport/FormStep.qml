import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// One topic of the declaration: its fields, two columns when the screen is wide.
Item {
    id: step
    objectName: "formStep"

    // Scrolls so that `item` (a field or a button in it) is in view.
    function reveal(item) {
        const pos = item.mapToItem(grid, 0, 0)
        if (pos.y < flick.contentY || pos.y + item.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(pos.y - Theme.spacing, flick.contentHeight - flick.height))
    }

    Flickable {
        id: flick
        objectName: "formFlick"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }

        ColumnLayout {
            id: column
            width: flick.width - Theme.px(24)
            spacing: Theme.spacing

            // Under 14: this form is the wrong one; say what to do instead.
            Rectangle {
                objectName: "childPathNotice"
                Layout.fillWidth: true
                visible: PassportWizard.childPath && PassportWizard.stepKey === "about_you"
                implicitHeight: childText.implicitHeight + Theme.px(40)
                radius: Theme.radius
                color: Theme.warningSurface
                border.color: Theme.warning
                border.width: Theme.px(2)
                Text {
                    id: childText
                    anchors.fill: parent
                    anchors.margins: Theme.px(20)
                    text: "ⓘ " + PassportWizard.childPathMessage
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }

            // A Flow, not a GridLayout: rows come and go with every step, and
            // Qt 6.4's GridLayout can crash when a Repeater replaces its items.
            Flow {
                id: grid
                objectName: "formGrid"
                Layout.fillWidth: true
                readonly property int columns: Theme.portrait ? 1 : 2
                readonly property real columnWidth: (width - (columns - 1) * spacing) / columns
                spacing: Theme.margin

                Repeater {
                    model: PassportWizard.fields
                    PassportField {
                        // Long choice lists get the whole width.
                        width: (kind === "choice" && choices.length > 2) ? grid.width : grid.columnWidth
                        onPickRequested: (key, title, fieldKind) => picker.openFor(key, title, fieldKind)
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }

    PlacePicker { id: picker }
}

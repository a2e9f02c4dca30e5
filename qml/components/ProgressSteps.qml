import QtQuick
import QtQuick.Layouts
import Kiosk

// Where the citizen is in a multi-step form: "Step 3 of 9" and a bar.
ColumnLayout {
    id: progress
    required property int index   // 0-based
    required property int count
    spacing: Theme.px(8)

    Text {
        objectName: "progressText"
        text: qsTr("Step %1 of %2").arg(progress.index + 1).arg(progress.count)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.px(14)
        radius: height / 2
        color: Theme.border
        Rectangle {
            objectName: "progressBar"
            width: parent.width * (progress.index + 1) / Math.max(1, progress.count)
            height: parent.height
            radius: height / 2
            color: Theme.primaryLight
        }
    }
}

import QtQuick
import QtQuick.Window
import Kiosk
import Kiosk.App

// motcua-counter's window on a counter PC: an ordinary, resizable window
// holding the counter console and the calls for a guide.
Window {
    id: window
    objectName: "counterWindow"
    width: 1000
    height: 700
    minimumWidth: 640
    minimumHeight: 480
    visible: true
    color: Theme.background
    title: qsTr("Counter %1 · motcua").arg(CounterDesk.counter)

    // Sizes follow the window, as on the kiosk, but a desktop window is smaller than a kiosk screen.
    onWidthChanged: Theme.scale = Math.max(0.6, Math.min(width, height) / 1080)
    onHeightChanged: Theme.scale = Math.max(0.6, Math.min(width, height) / 1080)
    Component.onCompleted: Theme.scale = Math.max(0.6, Math.min(width, height) / 1080)

    CounterConsole {
        anchors.fill: parent
    }
}

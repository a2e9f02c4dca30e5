import QtQuick
import Kiosk
import Kiosk.App

// Above every screen: the out-of-service notice for citizens, guide mode
// when open, and the hidden corner that opens it.
Item {
    id: layer
    objectName: "guideLayer"
    // Full size only while it shows something: otherwise it must not sit above
    // the citizen's screen (the corner outside its 0×0 box still gets taps).
    readonly property bool covering: OutOfService.active || GuideMode.state !== "closed"
    width: covering && parent ? parent.width : 0
    height: covering && parent ? parent.height : 0

    Loader {
        objectName: "outOfServiceLoader"
        anchors.fill: parent
        active: OutOfService.active && GuideMode.state === "closed"
        visible: active
        sourceComponent: OutOfServiceScreen {}
    }

    // Guide screens catch every tap: nothing reaches the citizen's screen underneath.
    MouseArea { anchors.fill: parent; enabled: GuideMode.state !== "closed" }

    Loader {
        objectName: "guideLoader"
        anchors.fill: parent
        active: GuideMode.state !== "closed"
        visible: active
        sourceComponent: GuideMode.state === "home" ? homeComponent : loginComponent
    }
    Component { id: loginComponent; GuideLogin {} }
    Component { id: homeComponent; GuideHome {} }

    GuideCorner { anchors { left: parent.left; top: parent.top } }
}

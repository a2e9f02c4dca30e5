import QtQuick
import Kiosk
import Kiosk.App

// The hidden way into guide mode: a long press (about 3 s) in the top-left
// corner of any screen. The handler only watches (a passive grab), so a quick
// tap still reaches the button underneath.
Item {
    id: corner
    objectName: "guideCorner"
    width: Theme.minTouch * 1.5
    height: width

    TapHandler {
        objectName: "guideCornerTap"
        gesturePolicy: TapHandler.DragThreshold
        grabPermissions: PointerHandler.ApprovesTakeOverByAnything
        longPressThreshold: 3
        onLongPressed: GuideMode.open()
    }
}

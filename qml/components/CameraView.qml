import QtQuick
import Kiosk
import Kiosk.App

// The live camera picture of a step (a FramePublisher), mirrored for the
// citizen when `mirrored`. Placeholder until the live preview item lands.
Rectangle {
    id: view
    objectName: "cameraView"
    property FramePublisher publisher: null
    property bool mirrored: false
    color: "#1d2430"
}

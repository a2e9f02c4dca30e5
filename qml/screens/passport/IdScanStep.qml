import QtQuick
import Kiosk
import Kiosk.App

// Placeholder until the step's view-model plugs the step in.
Item {
    objectName: "idScanStep"
}

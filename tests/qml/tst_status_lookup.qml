import QtQuick
import QtTest
import QtQuick.VirtualKeyboard
import Kiosk
import Kiosk.App

// "Tra cứu hồ sơ" against the real portal simulator: typed numbers, a
// keyboard-wedge scanner typing a receipt QR, and the ways a lookup fails.
Item {
    id: root
    width: 1080
    height: 1920

    Shell {
        id: shell
        anchors.fill: parent
    }

    // As in Main.qml: the on-screen keyboard is there while a scanner types.
    InputPanel {
        z: 99
        width: root.width
        y: active ? root.height - height : root.height
    }

    TestCase {
        name: "StatusLookup"
        when: windowShown

        function init() {
            mouseClick(findChild(shell, "attractTouchArea"))
            mouseClick(item("language-vi"))
            mouseClick(item("tile-status"))
            verify(item("statusLookupScreen"))
        }

        function cleanup() {
            KioskSession.endSession()
        }

        function item(name) {
            let found = null
            tryVerify(() => (found = findChild(shell, name)) !== null, 3000, "no item named " + name)
            return found
        }

        // What a keyboard-wedge scanner does: types the code, then Enter.
        function typeAndEnter(text) {
            const field = item("receiptNumberField")
            field.forceActiveFocus()
            field.text = ""
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            keyClick(Qt.Key_Return)
        }

        function test_readyForPickupInVietnamese() {
            typeAndEnter("HN-DEMO-000004")
            tryCompare(StatusLookup, "state", "ready_for_pickup", 5000)
            verify(item("statusCard").visible)
            compare(item("statusTitle").text, "Đã có kết quả, mời đến nhận")
            verify(item("statusAdvice").text.indexOf("căn cước") >= 0)
        }

        function test_scannedReceiptQrAndRejectionReason() {
            typeAndEnter("MOTCUA:R:HN-DEMO-000007")
            tryCompare(StatusLookup, "state", "rejected", 5000)
            verify(item("statusAdvice").text.indexOf("Cơ sở dữ liệu quốc gia") >= 0)
        }

        function test_lowercaseWithSpacesIsUnderstood() {
            typeAndEnter(" hn-demo-000002 ")
            tryCompare(StatusLookup, "state", "processing", 5000)
        }

        function test_unknownNumberSaysSo() {
            typeAndEnter("HN-000000-999999")
            tryCompare(StatusLookup, "errorCode", "portal.not_found", 5000)
            verify(item("lookupError").visible)
            verify(item("lookupErrorText").text.indexOf("Không tìm thấy hồ sơ") >= 0)
            verify(!item("statusCard").visible)
        }

        function test_garbageIsRefusedBeforeAsking() {
            typeAndEnter("??")
            compare(StatusLookup.errorCode, "lookup.invalid_number")
            verify(item("lookupErrorText").text.indexOf("không phải mã hồ sơ") >= 0)
        }

        function test_everyStatusInEnglish() {
            KioskSession.chooseLanguage("en")  // the picker itself is covered by the shell test
            const expected = {
                "HN-DEMO-000001": "Application received",
                "HN-DEMO-000002": "Being processed",
                "HN-DEMO-000003": "More information needed",
                "HN-DEMO-000004": "Ready for pickup",
                "HN-DEMO-000005": "Sent by post",
                "HN-DEMO-000006": "Result handed over",
                "HN-DEMO-000007": "Not approved"
            }
            for (const number in expected) {
                typeAndEnter(number)
                tryCompare(StatusLookup, "receiptNumber", number, 5000)
                tryCompare(StatusLookup, "busy", false, 5000)
                compare(item("statusTitle").text, expected[number])
            }
        }

        function test_wipeForgetsTheLookup() {
            typeAndEnter("HN-DEMO-000004")
            tryCompare(StatusLookup, "hasResult", true, 5000)
            KioskSession.endSession()
            compare(StatusLookup.hasResult, false)
            compare(StatusLookup.receiptNumber, "")
        }
    }
}

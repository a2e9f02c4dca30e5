import QtQuick
import QtTest
import Kiosk
import Kiosk.App
import KioskTest

// The ID-card scan step with the file camera (card images from tests/data/scan
// through the OpenCV camera path and the live decoder): a card is read and
// shown, "Dùng thông tin này" prefills the form with the fields marked as from
// the card; a URL QR and a scanner that loses accents are refused in words and
// never prefill; "Nhập tay" goes on empty; the session end wipes the read.
Item {
    id: root
    width: 1920
    height: 1080

    Shell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "IdScanStep"
        when: windowShown

        function init() {
            TestCamera.useFile(Qt.resolvedUrl("../data/scan/cccd7-yaw25.jpg"))
        }

        function cleanup() {
            KioskSession.endSession()
        }

        function item(name) {
            let found = null
            tryVerify(() => (found = findChild(shell, name)) !== null, 5000, "no item named " + name)
            return found
        }

        function touch(name) {
            const target = item(name)
            tryVerify(() => target.visible && target.enabled, 10000, name + " not touchable")
            verify(target.width >= 64 && target.height >= 64, name + " is smaller than a 64 px touch target")
            mouseClick(target)
        }

        function openScanStep() {
            touch("attractTouchArea")
            touch("language-vi")
            touch("tile-passport")
            compare(PassportWizard.stepKey, "id_scan")
            verify(item("idScanStep"))
            tryCompare(IdCardScan, "state", "waiting", 5000)
        }

        function save(name) {
            const path = TestCamera.screenshotPath(name)
            if (path !== "") {
                waitForRendering(shell)
                grabImage(root).save(path)
            }
        }

        function test_1_cardReadAndFormPrefilledAndMarked() {
            verify(IdCardScan.available)
            openScanStep()
            verify(IdCardScan.cameraWorking)
            tryCompare(IdCardScan, "state", "read", 15000)
            compare(item("idScanName").text, "Nguyễn Văn An")
            compare(item("idScanNumber").text, "001090123456")
            compare(item("idScanBirth").text, "01/01/1990")
            tryVerify(() => item("idScanCamera").hasFrame, 5000, "no live picture")
            save("passport-id-scan-read-vi-landscape.png")
            // Nothing is filled before the citizen says so.
            compare(PassportWizard.answer("family_name"), "")

            // "Quét lại" looks again and finds the same card.
            touch("idScanAgain")
            compare(IdCardScan.state, "waiting")
            compare(IdCardScan.fullName, "")
            tryCompare(IdCardScan, "state", "read", 15000)

            touch("idScanUse")
            tryCompare(PassportWizard, "stepKey", "about_you")
            compare(IdCardScan.state, "off")  // camera closed on leaving
            compare(PassportWizard.answer("family_name"), "Nguyễn")
            compare(PassportWizard.answer("given_names"), "Văn An")
            compare(PassportWizard.answer("sex"), "male")
            compare(PassportWizard.answer("date_of_birth"), "1990-01-01")
            compare(item("field-family_name").text, "Nguyễn")
            for (const key of ["family_name", "given_names", "sex", "date_of_birth"])
                verify(item("fromCard-" + key).visible, key + " not marked as from the card")
            verify(!item("fromCard-phone").visible)
            save("passport-prefilled-from-card-vi-landscape.png")

            // A changed answer is the citizen's own: the mark goes.
            PassportWizard.setAnswer("given_names", "Văn Bình")
            tryVerify(() => !item("fromCard-given_names").visible)
            verify(item("fromCard-family_name").visible)

            PassportWizard.goToStep("id_card")
            compare(PassportWizard.answer("id_number"), "001090123456")
            compare(PassportWizard.answer("id_issue_date"), "2021-04-15")
            verify(item("fromCard-id_number").visible)
            verify(item("fromCard-id_issue_date").visible)

            // "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội": the province is today's; the
            // old district is no commune, so it stays with the street.
            PassportWizard.goToStep("addresses")
            compare(PassportWizard.answer("permanent_address.province"), "01")
            compare(PassportWizard.answer("permanent_address.commune"), "")
            compare(PassportWizard.answer("permanent_address.street"), "Số 1 Tràng Tiền, Hoàn Kiếm")
            verify(item("fromCard-permanent_address.province").visible)
            verify(!item("fromCard-permanent_address.commune").visible)
        }

        function test_2_urlCodeRefusedNeverPrefilled() {
            TestCamera.useFile(Qt.resolvedUrl("../data/scan/url-straight.jpg"))
            openScanStep()
            tryCompare(IdCardScan, "state", "rejected", 15000)
            // The reason in words, in the kiosk's language ("… đường dẫn web" / "… web link").
            const instruction = item("idScanInstruction")
            verify(IdCardScan.reason.indexOf("web") >= 0, IdCardScan.reason)
            verify(instruction.text.indexOf(IdCardScan.reason) >= 0, instruction.text)
            verify(!item("idScanUse").visible)
            save("passport-id-scan-refused-vi-landscape.png")
            touch("idScanAgain")
            compare(IdCardScan.state, "waiting")
            tryCompare(IdCardScan, "state", "rejected", 15000)
            touch("idScanByHand")
            tryCompare(PassportWizard, "stepKey", "about_you")
            compare(PassportWizard.answer("family_name"), "")
            compare(PassportWizard.answer("id_number"), "")
        }

        function test_3_keyboardWedgeWithoutAccentsRefused() {
            // A desk without a card: the camera sees no code, the scanner types one.
            TestCamera.useFile(Qt.resolvedUrl("../data/scan/desk-only.jpg"))
            openScanStep()
            const step = item("idScanStep")
            tryVerify(() => step.activeFocus, 5000, "the step does not take key events")
            const payload = "001090123456|012345678|Nguyen Van An|01011990|Nam|So 1 Trang Tien, Ha Noi|15042021"
            for (const ch of payload)
                keyClick(ch)
            keyClick(Qt.Key_Return)
            tryCompare(IdCardScan, "state", "rejected", 5000)
            // The refusal is shown as a warning, in whatever language the kiosk is in.
            tryVerify(() => item("idScanInstruction").text.startsWith("⚠"), 5000)
            compare(IdCardScan.fullName, "")
            touch("idScanByHand")
            compare(PassportWizard.answer("family_name"), "")
        }

        function test_4_sessionEndWipesTheRead() {
            openScanStep()
            tryCompare(IdCardScan, "state", "read", 15000)
            verify(IdCardScan.fullName !== "")
            KioskSession.endSession()
            tryCompare(IdCardScan, "state", "off")
            compare(IdCardScan.fullName, "")
            compare(PassportWizard.answer("family_name"), "")
        }

        function test_5_nothingPrefilledByHand() {
            openScanStep()
            touch("idScanByHand")
            tryCompare(PassportWizard, "stepKey", "about_you")
            compare(IdCardScan.state, "off")
            compare(PassportWizard.answer("family_name"), "")
            verify(!item("fromCard-family_name").visible)
        }
    }
}

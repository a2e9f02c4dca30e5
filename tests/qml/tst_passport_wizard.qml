import QtQuick
import QtTest
import QtQuick.VirtualKeyboard
import Kiosk
import Kiosk.App
import KioskTest

// A citizen fills the TK01 passport declaration by touch and keyboard: names
// typed in Telex, a wrong ID number refused in words, every answer kept
// through review, the fee for the request shown; then submits it to the real
// portal simulator over HTTPS, pays with the VietQR code (simulated bank) and
// gets the receipt, and the simulator holds every field intact. A parent
// declares for a child under 14 (TK01a), which is printed, not sent.
Item {
    id: root
    width: 1920
    height: 1080

    Shell {
        id: shell
        anchors.fill: parent
    }

    // As in Main.qml: the keyboard lives in the kiosk's own window (without
    // it, the virtual keyboard opens a window of its own and takes the focus).
    InputPanel {
        id: keyboard
        z: 99
        width: root.width
        y: root.height  // kept below the screen so taps reach the fields
    }

    TestCase {
        name: "PassportWizard"
        when: windowShown

        function cleanup() {
            KioskSession.endSession()
        }

        function item(name, parent) {
            let found = null
            tryVerify(() => (found = findChild(parent || shell, name)) !== null, 2000, "no item named " + name)
            return found
        }

        // Scrolls the current step so the item is on screen, then checks it is a real target.
        function onScreen(name) {
            const target = item(name)
            const step = findChild(shell, "formStep")
            if (step)
                step.reveal(target)
            verify(target.visible, name + " is not visible")
            return target
        }

        // Whether a tap on the item's centre reaches it (laid out, not covered).
        function reachable(target) {
            const centre = target.mapToItem(root, target.width / 2, target.height / 2)
            let item = root
            for (;;) {
                const local = root.mapToItem(item, centre.x, centre.y)
                const child = item.childAt(local.x, local.y)
                if (child === null)
                    return false
                if (child === target)
                    return true
                item = child
            }
        }

        function touch(name) {
            const target = onScreen(name)
            verify(target.width >= 64 && target.height >= 64, name + " is smaller than a 64 px touch target")
            tryVerify(() => reachable(target), 2000, name + " cannot be reached by a tap")
            mouseClick(target)
        }

        function type(text) {
            for (const ch of text)
                keyClick(ch)
        }

        function typeInto(name, text) {
            touch(name)
            const field = item(name)
            tryVerify(() => field.activeFocus, 1000, name + " has no focus")
            type(text)
        }

        function pick(fieldKey, query, code) {
            touch("pick-" + fieldKey)
            const picker = item("placePicker")
            tryVerify(() => picker.opened)
            const search = findChild(picker.contentItem, "pickerSearch")
            tryVerify(() => search.activeFocus)
            type(query)
            let result = null
            tryVerify(() => (result = findChild(picker.contentItem, "pickResult-" + code)) !== null, 2000,
                      "no result " + code + " for " + query)
            verify(result.height >= 64)
            mouseClick(result)
            tryVerify(() => !picker.visible)
            compare(PassportWizard.answer(fieldKey), code)
        }

        function typeDate(fieldKey, day, month, year) {
            typeInto("field-" + fieldKey + "-day", day)
            typeInto("field-" + fieldKey + "-month", month)
            typeInto("field-" + fieldKey + "-year", year)
        }

        function next(expectedStep) {
            touch("wizardNext")
            tryCompare(PassportWizard, "stepKey", expectedStep)
            waitForRendering(shell)  // the new step's fields are laid out
        }

        function openWizard() {
            touch("attractTouchArea")
            touch("language-vi")
            touch("tile-passport")
            compare(KioskSession.service, "passport")
            verify(item("passportScreen"))
            compare(PassportWizard.stepKey, "about_you")
        }

        function fillAboutYou() {
            compare(PassportWizard.inputMethod, "telex")
            typeInto("field-family_name", "Nguyeenx")
            typeInto("field-given_names", "Vawn An")
            touch("choice-sex-male")
            typeDate("date_of_birth", "15", "5", "1990")
            typeInto("field-place_of_birth", "Haf Nooij")
            pick("ethnicity", "kinh", "01")
            pick("religion", "khong", "00")
            typeInto("field-phone", "0912345678")
        }

        function test_1_fillEveryStepReviewAndFee() {
            openWizard()
            compare(item("progressText").text, "Bước 1/" + PassportWizard.stepCount)
            fillAboutYou()
            compare(item("field-family_name").text, "Nguyễn")
            compare(item("field-given_names").text, "Văn An")
            compare(PassportWizard.answer("family_name") + " " + PassportWizard.answer("given_names"), "Nguyễn Văn An")
            compare(PassportWizard.answer("place_of_birth"), "Hà Nội")
            compare(PassportWizard.answer("date_of_birth"), "1990-05-15")
            next("id_card")

            // A wrong ID number: the error says so in words, and Next waits.
            typeInto("field-id_number", "12345")
            const error = item("error-id_number")
            verify(error.visible)
            verify(error.text.length > 10, "the error is in words: " + error.text)
            touch("wizardNext")
            compare(PassportWizard.stepKey, "id_card")
            verify(item("wizardMessage").visible)
            for (let i = 0; i < 5; ++i)
                keyClick(Qt.Key_Backspace)
            type("001090123456")
            verify(!item("error-id_number").visible)
            typeDate("id_issue_date", "10", "6", "2021")
            next("addresses")

            pick("permanent_address.province", "ha noi", "01")
            pick("permanent_address.commune", "hoan kiem", "00070")
            touch("inputMethod-off")
            compare(PassportWizard.inputMethod, "off")
            typeInto("field-permanent_address.street", "12 Hang Bong")
            compare(PassportWizard.answer("permanent_address.street"), "12 Hang Bong")
            touch("inputMethod-telex")
            next("work")

            typeInto("field-occupation", "Kyx suw")
            compare(PassportWizard.answer("occupation"), "Kỹ sư")
            // Leading, trailing and doubled spaces are tidied before checking and sending.
            typeInto("field-workplace", " Coong ty  Thawng Long ")
            next("family")
            compare(PassportWizard.answer("workplace"), "Công ty Thăng Long")

            typeInto("field-father.name", "Nguyeenx Vawn Binhf")
            typeDate("father.date_of_birth", "1", "2", "1960")
            typeInto("field-mother.name", "Traanf Thij Cucs")
            compare(PassportWizard.answer("father.name"), "Nguyễn Văn Bình")
            compare(PassportWizard.answer("mother.name"), "Trần Thị Cúc")
            next("previous_passport")
            next("request")

            touch("choice-request.type-first_issue")
            touch("choice-request.chip-chip")
            touch("choice-delivery.method-pickup")
            next("review")

            // Back keeps every answer.
            touch("wizardBack")
            compare(PassportWizard.stepKey, "request")
            touch("wizardBack")
            touch("wizardBack")
            compare(PassportWizard.stepKey, "family")
            compare(item("field-mother.name").text, "Trần Thị Cúc")
            next("previous_passport")
            next("request")
            next("review")

            compare(item("reviewValue-family_name").text, "Nguyễn")
            compare(item("reviewValue-given_names").text, "Văn An")
            compare(item("reviewValue-sex").text, "Nam")
            compare(item("reviewValue-date_of_birth").text, "15/05/1990")
            compare(item("reviewValue-id_number").text, "001090123456")
            compare(item("reviewValue-ethnicity").text, "Kinh")
            compare(item("reviewValue-permanent_address.province").text, "Thành phố Hà Nội")
            compare(item("reviewValue-permanent_address.commune").text, "Phường Hoàn Kiếm")
            compare(item("reviewValue-permanent_address.street").text, "12 Hang Bong")
            compare(item("reviewValue-father.name").text, "Nguyễn Văn Bình")
            compare(item("reviewValue-request.type").text, "Cấp hộ chiếu lần đầu")
            compare(PassportWizard.reviewErrorCount, 0)

            // "Sửa" jumps to the section; the answers are still there on the way back.
            touch("edit-about_you")
            compare(PassportWizard.stepKey, "about_you")
            compare(item("field-given_names").text, "Văn An")
            for (const step of ["id_card", "addresses", "work", "family", "previous_passport", "request", "review"])
                next(step)
            compare(item("reviewValue-mother.name").text, "Trần Thị Cúc")

            // Not declared yet: the fee waits.
            touch("wizardNext")
            compare(PassportWizard.stepKey, "review")
            verify(item("wizardMessage").visible)
            const flick = item("reviewFlick")
            flick.contentY = flick.contentHeight - flick.height
            wait(0)
            mouseClick(item("declarationCheck"))
            verify(PassportWizard.declared)
            next("fee")
            // Half the fee while Circular 64/2025/TT-BTC's reduction runs (to 31/12/2026), then the normal fee.
            const fee = item("feeAmount").text
            const reduced = PassportWizard.feeNormalAmount !== ""
            compare(fee, reduced ? "100.000 đồng" : "200.000 đồng")
            compare(item("feeReduction").visible, reduced)
            if (reduced) {
                verify(item("feeReduction").text.indexOf("200.000 đồng") >= 0, item("feeReduction").text)
                verify(item("feeReduction").text.indexOf("31/12/2026") >= 0, item("feeReduction").text)
            }
            const amountTag = "5406" + (reduced ? "100000" : "200000")

            // Submit: into the outbox, accepted by the simulator, then the VietQR code.
            touch("wizardNext")
            tryCompare(PassportWizard, "stepKey", "payment")
            verify(!item("wizardBack").visible, "no way back into a submitted form")
            tryCompare(PassportSubmission, "state", "payment", 20000)
            verify(PassportSubmission.receiptNumber.startsWith("HN-"))
            compare(item("paymentAmount").text, fee)
            compare(item("paymentDetail0").text, "VietinBank")
            const payload = PassportSubmission.paymentQrPayload
            verify(payload.startsWith("000201010212"), payload)
            verify(payload.indexOf("0010A000000727") > 0, payload)
            verify(payload.indexOf("5303704") > 0 && payload.indexOf(amountTag) > 0 && payload.indexOf("5802VN") > 0, payload)

            // The code as drawn on the screen decodes with zxing-cpp to the same payload.
            const qr = item("paymentQr")
            tryCompare(qr, "status", Image.Ready)
            waitForRendering(qr)
            // The grab result lives only during the callback: decode there.
            let decoded = null
            verify(qr.grabToImage(result => decoded = PassportTestTools.decodeQr(result.image)))
            tryVerify(() => decoded !== null)
            compare(decoded, payload)

            // The simulator stands in for the bank.
            touch("paymentConfirm")
            tryCompare(PassportWizard, "stepKey", "receipt", 10000)
            compare(item("receiptReference").text, PassportSubmission.receiptNumber)
            verify(item("receiptFee").text.startsWith(fee + " · "))
            verify(PassportSubmission.paid)
            verify(/^\d\d\/\d\d\/20\d\d$/.test(item("receiptReturnDate").text))
            tryCompare(PassportSubmission, "printState", "printed", 10000)
            verify(!item("wizardBack").visible)

            // Arrived with every field intact.
            const stored = PassportTestTools.simApplications().filter(a => a.receipt_number === PassportSubmission.receiptNumber)
            compare(stored.length, 1)
            const application = stored[0]
            verify(application.paid)
            compare(application.kiosk_id, "kiosk-01")
            compare(application.local_reference, PassportSubmission.localReference)
            const expected = {
                "family_name": "Nguyễn", "given_names": "Văn An", "sex": "male", "date_of_birth": "1990-05-15",
                "place_of_birth": "Hà Nội", "ethnicity": "01", "religion": "00", "phone": "0912345678",
                "id_number": "001090123456", "id_issue_date": "2021-06-10",
                "permanent_address.province": "01", "permanent_address.commune": "00070",
                "permanent_address.street": "12 Hang Bong", "occupation": "Kỹ sư", "workplace": "Công ty Thăng Long",
                "father.name": "Nguyễn Văn Bình", "father.date_of_birth": "1960-02-01", "mother.name": "Trần Thị Cúc",
                "request.type": "first_issue", "request.chip": "chip", "delivery.method": "pickup",
                "declaration.confirmed": "yes"
            }
            compare(JSON.stringify(application.form), JSON.stringify(Object.assign({}, ...Object.keys(expected).sort().map(k => ({[k]: expected[k]})))))

            // "Xong" wipes the session.
            touch("receiptDone")
            tryVerify(() => PassportWizard.answer("family_name") === "")
            compare(PassportSubmission.state, "idle")
        }

        function test_2_editJumpAndWipe() {
            openWizard()
            typeInto("field-family_name", "Tran")
            next("about_you")  // incomplete: stays
            compare(PassportWizard.stepKey, "about_you")
            verify(item("error-given_names").visible)
            KioskSession.endSession()
            compare(PassportWizard.answer("family_name"), "")
            compare(PassportWizard.stepKey, "about_you")
        }

        function test_3_underFourteenIsDeclaredOnTk01aAndPrinted() {
            openWizard()
            typeInto("field-family_name", "Nguyeenx")
            typeInto("field-given_names", "Thij Mai")
            touch("choice-sex-female")
            typeDate("date_of_birth", "1", "3", "2017")
            verify(PassportWizard.childPath)
            verify(PassportWizard.childForm)
            verify(item("childPathNotice").visible)
            compare(PassportWizard.stepKey, "about_you")
            verify(findChild(shell, "field-phone") === null || !findChild(shell, "field-phone").visible)
            typeInto("field-place_of_birth", "Haf Nooij")
            pick("ethnicity", "kinh", "01")
            pick("religion", "khong", "00")
            next("representative")
            typeInto("field-representative.name", "Traanf Thij Cucs")
            compare(PassportWizard.answer("representative.name"), "Trần Thị Cúc")
            // The rest through the view-model: the touch paths are the same as TK01's.
            const answers = {
                "representative.date_of_birth": "1988-08-20", "representative.sex": "female",
                "representative.id_number": "001188012345", "representative.id_issue_date": "2021-06-10",
                "representative.permanent_address.province": "01", "representative.permanent_address.commune": "00070",
                "representative.permanent_address.street": "12 Hàng Bông", "representative.phone": "0912345678",
                "representative.relationship": "mother", "permanent_address.province": "01",
                "permanent_address.commune": "00070", "permanent_address.street": "12 Hàng Bông",
                "mother.name": "Trần Thị Cúc", "mother.date_of_birth": "1988-08-20",
                "request.type": "first_issue", "request.chip": "chip", "delivery.method": "pickup"
            }
            for (const key in answers)
                PassportWizard.setAnswer(key, answers[key])
            for (const step of ["id_card", "addresses", "family", "previous_passport", "request", "review"])
                next(step)
            compare(PassportWizard.reviewErrorCount, 0)
            PassportWizard.setDeclared(true)
            next("child_print")
            tryCompare(PassportSubmission, "printState", "printed", 10000)
            verify(!item("wizardBack").visible)
            const before = PassportTestTools.simApplications().length
            compare(PassportTestTools.simApplications().length, before, "TK01a is not sent online")
            touch("childDone")
            tryVerify(() => PassportWizard.answer("family_name") === "")
            verify(!PassportWizard.childForm)
        }

        function test_4_vniTyping() {
            openWizard()
            touch("inputMethod-vni")
            typeInto("field-family_name", "Nguye64n")
            compare(PassportWizard.answer("family_name"), "Nguyễn")
        }
    }
}

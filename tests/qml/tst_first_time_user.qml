import QtQuick
import QtTest
import Kiosk
import Kiosk.App

// A first-time user by touch only (issue 11, "Done when"): attract → a
// language → "Procedures and fees" → the ordinary passport → its fee → back
// home. Run in English, in Vietnamese and in each of Chinese, Korean and
// Japanese; in those three, no text on the screens passed may read as it does
// in English (a text equal in English and Vietnamese is a name or a number,
// not a missed translation).
Item {
    id: root
    width: 1920
    height: 1080

    Shell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "FirstTimeUser"
        when: windowShown

        // Screen name → the texts shown there, per language run.
        property var seen: ({})

        function cleanup() {
            KioskSession.endSession()
        }

        function item(name) {
            let found = null
            tryVerify(() => (found = findChild(shell, name)) !== null && found.visible, 3000, "no visible item named " + name)
            return found
        }

        function touch(name) {
            const target = item(name)
            verify(target.width >= 64 && target.height >= 64, name + " is smaller than a 64 px touch target")
            mouseClick(target)
        }

        // Every text a person can see on the screen now.
        function visibleTexts(node, out) {
            if (!node || !node.visible || node.opacity === 0) {
                return out
            }
            if (typeof node.text === "string" && node.text.trim() !== "" && !node.hasOwnProperty("echoMode")) {
                out[node.text.trim()] = true
            }
            for (let i = 0; i < node.children.length; ++i) {
                visibleTexts(node.children[i], out)
            }
            return out
        }

        function record(language, screen) {
            if (!seen[language]) {
                seen[language] = {}
            }
            seen[language][screen] = Object.keys(visibleTexts(shell, {}))
        }

        // The walk itself; records what each screen showed.
        function walk(language) {
            compare(KioskSession.state, "attract")
            touch("attractTouchArea")
            compare(KioskSession.state, "language")
            touch("language-" + language)
            compare(KioskSession.state, "home")
            compare(KioskSession.language, language)
            item("homeTitle")
            record(language, "home")

            touch("tile-procedures")
            verify(item("proceduresScreen"))
            touch("procedure_passport_issue")
            const fee = item("procedureFee")
            tryVerify(() => fee.value !== "", 2000, "the fee is not shown")
            verify(/\d/.test(fee.value), "the fee has no amount: " + fee.value)
            verify(item("procedureName").text !== "")
            record(language, "procedures")

            touch("proceduresBack")
            compare(KioskSession.state, "home")
            verify(item("homeScreen"))
            return fee.value
        }

        function test_1_englishProceduresFeeAndBackHome() {
            const fee = walk("en")
            verify(fee.indexOf("VND") >= 0 || fee.indexOf("đồng") >= 0 || fee.indexOf("₫") >= 0, fee)
        }

        function test_2_vietnamese() {
            walk("vi")
        }

        function test_3_noEnglishLeftInChineseKoreanJapanese_data() {
            return [{tag: "zh", language: "zh"}, {tag: "ko", language: "ko"}, {tag: "ja", language: "ja"}]
        }

        function test_3_noEnglishLeftInChineseKoreanJapanese(data) {
            verify(seen.en && seen.vi, "the English and Vietnamese runs come first")
            walk(data.language)
            for (const screen of ["home", "procedures"]) {
                const neutral = {}
                for (const text of seen.vi[screen]) {
                    neutral[text] = true
                }
                const leftInEnglish = []
                for (const text of seen[data.language][screen]) {
                    if (!neutral[text] && seen.en[screen].indexOf(text) >= 0 && /[A-Za-z]{2}/.test(text)) {
                        leftInEnglish.push(text)
                    }
                }
                compare(leftInEnglish, [], data.language + " " + screen + " shows English: " + leftInEnglish.join(" | "))
            }
        }
    }
}

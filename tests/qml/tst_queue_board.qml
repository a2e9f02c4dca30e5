import QtQuick
import QtTest
import Kiosk
import Kiosk.App

// Issue 9: a citizen takes a number (QueueDesk, the embedded queue), an officer
// calls it from the counter console (its buttons), and the display board shows
// it large with its counter and makes the spoken call (espeak-ng into the
// cache; playing it needs no sound device: without a player the call is only
// shown, and voiceProblem says why).
Item {
    id: root
    width: 1920
    height: 2160

    Shell {
        id: shell
        width: 1920
        height: 1080
    }

    DisplayBoard {
        id: board
        y: 1080
        width: 1920
        height: 1080
    }

    TestCase {
        name: "QueueBoard"
        when: windowShown

        function initTestCase() {
            QueueBoard.speaking = true
            QueueBoard.poll()  // the board starts: what was called before is shown, not spoken
        }

        function cleanup() {
            KioskSession.endSession()
        }

        function item(parent, name) {
            let found = null
            tryVerify(() => (found = findChild(parent, name)) !== null, 3000, "no item named " + name)
            return found
        }

        function openConsole() {
            KioskSession.start()
            KioskSession.chooseLanguage("vi")
            compare(findChild(shell, "tile-counter"), null, "the counter console is not on the citizen's home screen")
            KioskSession.openService("counter")
            item(shell, "counterConsole")
            mouseClick(item(shell, "counterPick-1"))
            compare(CounterDesk.counter, 1)
        }

        // Calls until `label` is at counter 1 (earlier tests may have left tickets waiting).
        function callUntil(label) {
            for (let i = 0; i < 30 && CounterDesk.currentLabel !== label; ++i)
                mouseClick(item(shell, "counterNext"))
            compare(CounterDesk.currentLabel, label)
        }

        function test_calledTicketShowsOnTheBoardAndIsSpoken() {
            verify(QueueDesk.available)
            QueueDesk.take("passport_new", "none")
            verify(QueueDesk.hasTicket, QueueDesk.errorMessage)
            const label = QueueDesk.ticketLabel
            QueueDesk.clear()

            openConsole()
            tryVerify(() => CounterDesk.waiting >= 1, 3000)
            const spokenBefore = QueueBoard.announcements
            callUntil(label)

            tryCompare(QueueBoard, "latestLabel", label, 3000)
            compare(QueueBoard.latestCounter, 1)
            compare(item(board, "boardLatestLabel").text, label)
            compare(item(board, "boardLatestCounter").text, "1")
            tryVerify(() => QueueBoard.announcements > spokenBefore, 5000)  // spoken off the UI thread
            verify(/call-vi-[0-9a-f]+\.wav$/.test(QueueBoard.lastAudio), QueueBoard.lastAudio)
            verify(QueueBoard.voiceProblem === "" || QueueBoard.voiceProblem === "voice.no_player", QueueBoard.voiceProblem)

            // Recall: spoken again, counted on the ticket.
            const spoken = QueueBoard.announcements
            mouseClick(item(shell, "counterRecall"))
            tryCompare(QueueBoard, "announcements", spoken + 1, 5000)
            compare(CounterDesk.currentCalls, 2)

            // Served: off the "now" list, on the "called before" list.
            mouseClick(item(shell, "counterServed"))
            verify(!CounterDesk.hasTicket)
            verify(!QueueBoard.calling.some(c => c.label === label && c.counter === 1))
            verify(QueueBoard.recent.some(c => c.label === label), JSON.stringify(QueueBoard.recent))
            item(board, "boardRecent-" + label)
        }

        function test_transferNoShowAndPause() {
            QueueDesk.take("passport_new", "none")
            const label = QueueDesk.ticketLabel
            QueueDesk.clear()
            openConsole()
            callUntil(label)

            // Sent to counter 2: it leaves counter 1 and waits for counter 2, first in line there.
            mouseClick(item(shell, "transferCounter-2"))
            compare(CounterDesk.message, "")
            verify(!CounterDesk.hasTicket)
            mouseClick(item(shell, "counterPick-2"))
            mouseClick(item(shell, "counterNext"))
            compare(CounterDesk.currentLabel, label)
            tryCompare(QueueBoard, "latestLabel", label, 3000)
            compare(QueueBoard.latestCounter, 2)

            mouseClick(item(shell, "counterNoShow"))
            verify(!CounterDesk.hasTicket)

            // Paused: no calling until resumed.
            mouseClick(item(shell, "counterPause"))
            verify(CounterDesk.paused)
            CounterDesk.callNext()
            verify(CounterDesk.message !== "")
            mouseClick(item(shell, "counterPause"))
            verify(!CounterDesk.paused)
        }
    }
}

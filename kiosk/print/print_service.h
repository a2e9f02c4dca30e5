#pragma once
// Prints tickets and receipts: store first, render, submit, follow, record
// the outcome. A printer failure is an outcome, not an error: the receipt
// stays in the store with the problem, and the citizen is told so in Vietnamese.
// Blocking; run it on a worker thread that owns its Database connection.
#include <optional>
#include <string>

#include "kiosk/core/clock.h"
#include "kiosk/core/result.h"
#include "kiosk/print/paper_format.h"
#include "kiosk/print/print_content.h"
#include "kiosk/print/print_document.h"
#include "kiosk/print/print_job_store.h"
#include "kiosk/print/printer.h"

namespace motcua {

struct PrintOutcome {
    int64_t recordId = 0;
    bool printed = false;
    int cupsJobId = 0;
    std::optional<PrinterProblem> problem;  // why it did not print
    std::string citizenMessage;             // empty when printed
};

enum class Reprinter { Citizen, Guide };

class PrintService {
public:
    // `key`: where the data key sealing stored jobs is; none = the database's default location.
    PrintService(Database &db, Printer &printer, const Clock &clock, PaperFormat paper,
                 std::optional<DataKeyLocation> key = std::nullopt);

    // Errors only for what the kiosk itself got wrong (store, rendering).
    Result<PrintOutcome> printTicket(const QueueTicket &ticket);
    Result<PrintOutcome> printReceipt(const ApplicationReceipt &receipt);
    // Prints a document once, without keeping it: for papers that carry a
    // citizen's data in full (the TK01a declaration), which must not stay on
    // the kiosk. A failure is reported, not kept for a reprint.
    Result<PrintOutcome> printDocument(const PrintDocument &document);
    // Prints a stored job again. A citizen may do so once per job; a guide always.
    Result<PrintOutcome> reprint(const std::string &kind, const std::string &reference, Reprinter who);

    PrintJobStore &store() { return m_store; }

private:
    Result<PrintOutcome> printStored(int64_t recordId, const std::string &kind, const std::string &content);

    PrintJobStore m_store;
    Printer &m_printer;
    const Clock &m_clock;
    PaperFormat m_paper;
};

}  // namespace motcua

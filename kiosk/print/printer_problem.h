#pragma once
// What a printer's state means for the person at the kiosk. CUPS/IPP report
// `printer-state` and `printer-state-reasons` keywords (RFC 8011 §5.4.12);
// this maps the ones a kiosk meets to a Vietnamese sentence for the citizen,
// a stable code for the guide's alert and the logs, and whether printing can go on.
#include <optional>
#include <string>
#include <vector>

namespace motcua {

enum class ProblemSeverity {
    Warning,   // print goes on; the guide should act soon (paper or supply low)
    Transient, // may clear by itself (connecting); fail only when it lasts
    Blocking,  // nothing will print until someone acts
};

struct PrinterProblem {
    std::string code;            // "printer.media_empty" …: for logs and the guide's alert
    std::string citizenMessage;  // Vietnamese, what the citizen reads on screen
    std::string guideMessage;    // English, for the technician's log and the fleet alert
    ProblemSeverity severity = ProblemSeverity::Blocking;
};

// Each known reason once, most serious first. "-report" reasons and unknown
// keywords are ignored; "-warning" turns a reason into a Warning.
std::vector<PrinterProblem> problemsFromReasons(const std::vector<std::string> &reasons);

// Problems the kiosk itself finds, not reported by the printer.
PrinterProblem printerStoppedProblem();
PrinterProblem printerMissingProblem();
PrinterProblem printerUnreachableProblem();
PrinterProblem printerTimeoutProblem();
PrinterProblem printJobAbortedProblem();

// What the citizen reads after a failed print: the problem, then that the
// receipt is kept and can be reprinted.
std::string citizenMessageAfterFailure(const PrinterProblem &problem);

}  // namespace motcua

#include "kiosk/print/printer.h"


namespace motcua {

std::optional<PrinterProblem> PrinterStatus::blockingProblem() const
{
    if (state == PrinterState::Stopped) {
        // A stopped queue may also carry the reason it stopped; prefer that.
        for (const auto &problem : problems) {
            if (problem.severity != ProblemSeverity::Warning) {
                return problem;
            }
        }
        return printerStoppedProblem();
    }
    for (const auto &problem : problems) {
        if (problem.severity == ProblemSeverity::Blocking) {
            return problem;
        }
    }
    if (!acceptingJobs) {
        return printerStoppedProblem();
    }
    return std::nullopt;
}

Error printerError(const PrinterProblem &problem)
{
    return Error{problem.code, problem.guideMessage};
}

PrinterProblem problemFromError(const Error &error)
{
    for (const auto &candidate : {printerStoppedProblem(), printerMissingProblem(), printerUnreachableProblem(),
                                  printerTimeoutProblem(), printJobAbortedProblem()}) {
        if (candidate.code == error.code) {
            return candidate;
        }
    }
    for (const char *reason : {"media-empty", "media-jam", "cover-open", "marker-supply-empty", "offline"}) {
        auto problems = problemsFromReasons({reason});
        if (!problems.empty() && problems.front().code == error.code) {
            return problems.front();
        }
    }
    return PrinterProblem{error.code, "", error.message, ProblemSeverity::Blocking};
}

}  // namespace motcua

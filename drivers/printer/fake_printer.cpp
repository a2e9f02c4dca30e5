#include "drivers/printer/fake_printer.h"

namespace motcua {

FakePrinter::FakePrinter(std::string destination, std::string fault)
    : m_destination(std::move(destination)), m_fault(std::move(fault))
{
}

void FakePrinter::setFault(std::string fault)
{
    std::lock_guard lock(m_mutex);
    m_fault = std::move(fault);
}

std::vector<PrintRequest> FakePrinter::printed() const
{
    std::lock_guard lock(m_mutex);
    return m_printed;
}

PrinterStatus FakePrinter::statusLocked() const
{
    PrinterStatus status;
    status.destination = m_destination;
    if (m_fault == "stopped") {
        status.state = PrinterState::Stopped;
        status.reasons = {"paused"};
    } else if (!m_fault.empty() && m_fault != "abort") {
        // Printers report hard faults with the -error suffix (RFC 8011 §5.4.12).
        status.reasons = {m_fault == "marker-supply-low" || m_fault == "media-low" ? m_fault : m_fault + "-error"};
    }
    status.problems = problemsFromReasons(status.reasons);
    return status;
}

Result<PrinterStatus> FakePrinter::status()
{
    std::lock_guard lock(m_mutex);
    if (m_fault == "missing") {
        return unexpected(printerError(printerMissingProblem()));
    }
    if (m_fault == "unreachable") {
        return unexpected(printerError(printerUnreachableProblem()));
    }
    return statusLocked();
}

Result<SubmittedJob> FakePrinter::submit(const PrintRequest &request)
{
    auto current = status();
    if (!current) {
        return unexpected(current.error());
    }
    if (auto problem = current->blockingProblem()) {
        return unexpected(printerError(*problem));
    }
    // A transient fault (offline) would make a real printer time out: report it as that problem.
    for (const auto &problem : current->problems) {
        if (problem.severity == ProblemSeverity::Transient) {
            return unexpected(printerError(problem));
        }
    }
    std::lock_guard lock(m_mutex);
    m_printed.push_back(request);
    return SubmittedJob{m_destination, m_nextJob++};
}

Result<JobResult> FakePrinter::follow(const SubmittedJob &job)
{
    std::lock_guard lock(m_mutex);
    return JobResult{job.jobId, m_fault == "abort" ? JobEnd::Aborted : JobEnd::Completed};
}

}  // namespace motcua

#pragma once
// The seam between printing and the device: what the domain needs from a
// printer. drivers/printer implements it (CUPS, fake). Calls block, so they
// belong on a worker thread; implementations are safe to call from any one thread
// at a time per object and keep no state across calls that a UI could race on.
#include <QByteArray>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/result.h"
#include "kiosk/print/printer_problem.h"

namespace motcua {

enum class PrinterState { Idle, Processing, Stopped };

struct PrinterStatus {
    std::string destination;  // the queue actually used (the default resolved)
    PrinterState state = PrinterState::Idle;
    bool acceptingJobs = true;
    std::vector<std::string> reasons;  // raw printer-state-reasons, "none" dropped
    std::vector<PrinterProblem> problems;
    std::string message;  // printer-state-message as the spooler gives it (English, for logs)

    // The first problem that stops printing now, if any.
    std::optional<PrinterProblem> blockingProblem() const;
};

struct PrintRequest {
    std::string title;  // job name: kind and reference only, never a name
    QByteArray pdf;
};

struct SubmittedJob {
    std::string destination;
    int jobId = 0;
};

enum class JobEnd { Completed, Aborted, Cancelled };

struct JobResult {
    int jobId = 0;
    JobEnd end = JobEnd::Completed;
};

class Printer {
public:
    virtual ~Printer() = default;

    virtual Result<PrinterStatus> status() = 0;
    // Hands the document to the spooler; returns once it has accepted the job.
    // Refuses (error code from PrinterProblem) when the printer is blocked.
    virtual Result<SubmittedJob> submit(const PrintRequest &request) = 0;
    // Waits until the job is completed, aborted or cancelled. A job that a
    // blocking printer problem holds up is cancelled and that problem returned.
    virtual Result<JobResult> follow(const SubmittedJob &job) = 0;
};

// The error a printer failure carries: code and message from the problem.
Error printerError(const PrinterProblem &problem);
// The problem behind an error returned by a Printer (unknown codes map to a generic one).
PrinterProblem problemFromError(const Error &error);

}  // namespace motcua

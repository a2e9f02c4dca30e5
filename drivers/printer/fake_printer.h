#pragma once
// A printer without hardware, for UI tests, demos and the kiosk's headless
// runs. Failure injection is chosen at run time: setFault("media-empty"),
// or the MOTCUA_FAKE_PRINTER_FAULT environment variable when built by the factory.
#include <mutex>
#include <string>
#include <vector>

#include "kiosk/print/printer.h"

namespace motcua {

class FakePrinter final : public Printer {
public:
    // `fault`: "" (prints), an IPP reason ("media-empty", "media-jam", "cover-open",
    // "offline", "marker-supply-low" …), "stopped", "missing", "abort" (job aborted
    // after it was accepted) or "unreachable".
    explicit FakePrinter(std::string destination = "fake", std::string fault = {});

    void setFault(std::string fault);
    // Documents received, in order (what a real printer would have printed).
    std::vector<PrintRequest> printed() const;

    Result<PrinterStatus> status() override;
    Result<SubmittedJob> submit(const PrintRequest &request) override;
    Result<JobResult> follow(const SubmittedJob &job) override;

private:
    PrinterStatus statusLocked() const;

    mutable std::mutex m_mutex;
    std::string m_destination;
    std::string m_fault;
    int m_nextJob = 1;
    std::vector<PrintRequest> m_printed;
};

}  // namespace motcua

#pragma once
// The real printer: libcups talking IPP to a cupsd. Each call opens its own
// connection, so the object can be used from a worker thread (libcups keeps
// its defaults per thread; an explicit server keeps tests and CLI honest).
#include <chrono>
#include <string>

#include "kiosk/print/printer.h"

namespace motcua {

struct CupsPrinterOptions {
    std::string destination;  // CUPS queue; empty = the default destination
    std::string server;       // "host:port" or a socket path; empty = cupsServer() (CUPS_SERVER, client.conf)
    std::chrono::milliseconds jobTimeout{20000};    // a job still not finished after this is cancelled
    std::chrono::milliseconds offlineGrace{6000};   // how long "connecting"/"offline" may last during a job
    std::chrono::milliseconds pollInterval{40};
};

class CupsPrinter final : public Printer {
public:
    explicit CupsPrinter(CupsPrinterOptions options);

    Result<PrinterStatus> status() override;
    Result<SubmittedJob> submit(const PrintRequest &request) override;
    Result<JobResult> follow(const SubmittedJob &job) override;

private:
    CupsPrinterOptions m_options;
};

}  // namespace motcua

#pragma once
// A private CUPS for device tests: its own cupsd (config, spool, logs, state
// under a temp dir, an unprivileged port on 127.0.0.1) in front of a virtual
// IPP Everywhere printer (ippeveprinter) that keeps every document it gets.
// No system service is touched. ippeveprinter insists on DNS-SD, so it gets a
// private D-Bus with no Avahi on it and registration off (-r off).
// The daemons die with the test process (PR_SET_PDEATHSIG) and in the destructor.
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/core/result.h"

namespace motcua::test {

class PrivateCups {
public:
    static Result<std::unique_ptr<PrivateCups>> start();
    ~PrivateCups();
    PrivateCups(const PrivateCups &) = delete;
    PrivateCups &operator=(const PrivateCups &) = delete;

    std::string server() const;  // "127.0.0.1:PORT" for CupsPrinterOptions::server
    static std::string queue() { return "motcua-virtual"; }
    // Documents the virtual printer received, oldest first.
    std::vector<std::filesystem::path> receivedDocuments() const;
    // Waits (polling) until the printer has kept `count` documents.
    bool waitForDocuments(size_t count, std::chrono::milliseconds timeout) const;

    // Another raw queue on the same cupsd, e.g. pointing at a port nobody listens on.
    Status addQueue(const std::string &name, const std::string &deviceUri);
    Status pauseQueue();   // cupsdisable
    Status resumeQueue();  // cupsenable
    // Sets printer-state-reasons on the cupsd queue, as a backend does when the printer reports them.
    Status setQueueReasons(const std::vector<std::string> &reasons);
    const std::filesystem::path &dir() const { return m_dir; }
    std::string logs() const;  // cupsd's error_log, for failure messages

private:
    PrivateCups() = default;
    Status launch();
    Status adminRequest(int operation, const std::string &name, const std::string &deviceUri = {},
                        const std::vector<std::string> &reasons = {});

    std::filesystem::path m_dir;
    int m_cupsPort = 0;
    int m_printerPort = 0;
    std::vector<pid_t> m_children;
};

}  // namespace motcua::test

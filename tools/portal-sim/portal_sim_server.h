#pragma once
// motcua-portal-sim: a real HTTPS server implementing docs/portal-api.yaml,
// with its state in SQLite, statuses that advance with time, and faults on
// request. Used by tests, demos and `make run`.
#include <atomic>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "kiosk/core/result.h"

namespace motcua {

struct SimOptions {
    std::string bind = "127.0.0.1";
    int port = 8443;  // 0 = any free port
    std::filesystem::path cert;
    std::filesystem::path key;
    std::filesystem::path clientCa;  // set: clients must present a certificate from this CA
    std::filesystem::path dataFile;
    double failRate = 0;
    std::string faults;  // see FaultPlan
    int latencyMs = 0;
    unsigned seed = 1;
    int statusStepSeconds = 120;  // how long each status lasts before the next
    std::filesystem::path catalogueFile;  // procedures and fees; default: the bundled dated copy
};

class PortalSimServer {
public:
    static Result<std::unique_ptr<PortalSimServer>> create(const SimOptions &options);
    ~PortalSimServer();

    // Binds and serves on a background thread; returns the bound port.
    Result<int> start();
    void stop();
    int port() const { return m_port; }

    struct Impl;

private:
    explicit PortalSimServer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
    std::thread m_thread;
    int m_port = 0;
};

}  // namespace motcua

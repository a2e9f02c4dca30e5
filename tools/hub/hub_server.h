#pragma once
// motcua-hub: a site's queue in SQLite, served over HTTPS to its kiosks,
// counters and display board. Writes from every client go through one writer
// thread that commits them in groups (one fsync for many requests, each
// request answered only after its group is on disk); reads use a second
// connection; clients follow changes with long polls on /v1/events.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/core/result.h"
#include "kiosk/queue/queue_types.h"

namespace motcua {

struct HubOptions {
    std::string bind = "127.0.0.1";
    int port = 8450;  // 0 = any free port
    std::filesystem::path cert;
    std::filesystem::path key;
    std::filesystem::path clientCa;  // set: clients must present a certificate from this CA
    std::filesystem::path dataFile;
    std::vector<queue::Service> services;
    // "full": every group commit is fsynced (survives power loss); "normal": WAL written to the OS
    // but fsynced only at checkpoints (survives a crash of the hub, not of the machine). docs/queue.md
    std::string synchronous = "full";
    int threads = 64;  // connections served at once (keep-alive and long polls hold one each)
};

class HubServer {
public:
    static Result<std::unique_ptr<HubServer>> create(const HubOptions &options);
    ~HubServer();

    // Binds and serves on background threads; returns the bound port.
    Result<int> start();
    void stop();
    int port() const { return m_port; }

    struct Impl;

private:
    explicit HubServer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
    int m_port = 0;
};

}  // namespace motcua

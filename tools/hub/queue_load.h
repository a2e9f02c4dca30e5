#pragma once
// The queue's load and crash test, shared by `motcua bench queue` and the e2e
// test: N simulated kiosks (each with its own SQLite lease store) and M
// counters talk HTTPS to one real motcua-hub process, which can be killed
// with SIGKILL and restarted in the middle. Afterwards every ticket a kiosk
// handed out is looked up in the hub's database: none may be missing, none
// may carry a number another ticket carries.
#include <filesystem>
#include <map>
#include <string>

#include "kiosk/core/result.h"

namespace motcua {

struct QueueLoadSettings {
    std::filesystem::path hubProgram;
    std::filesystem::path workDir;  // PKI, configuration and databases go here
    int kiosks = 30;
    int counters = 10;
    int services = 26;  // each letter has 999 numbers a day: 26 keep a long run from running out
    double seconds = 6;
    int kills = 0;  // SIGKILLs of the hub spread over the run
    int leaseBlock = 5;
    // Tickets per second per kiosk (0 = back to back, a closed loop). Paced kiosks measure latency
    // from the moment each request was due, so a slow hub is not hidden by the clients waiting.
    double kioskRate = 0;
    double counterRate = 0;  // calls per second per counter, as above
    std::string synchronous = "full";  // the hub's --synchronous
    unsigned seed = 1;
};

struct QueueLoadResult {
    int issuedOnline = 0;
    int issuedFromLease = 0;
    int orphans = 0;  // recorded by the hub but the kiosk never heard the answer (it used its lease)
    int duplicates = 0;
    int lost = 0;
    int counterCalls = 0;
    int errors = 0;
    std::map<std::string, int> errorsByCode;  // what the failed requests answered
    int killsDone = 0;
    long operations = 0;  // successful HTTPS requests answered by the hub
    double seconds = 0;
    double operationsPerSecond = 0;
    double p50Ms = 0, p99Ms = 0, maxMs = 0;
};

Result<QueueLoadResult> runQueueLoad(const QueueLoadSettings &settings);

}  // namespace motcua

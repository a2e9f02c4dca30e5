#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua bench outbox`: the exactly-once soak. Queues N applications, runs
// `motcua outbox drain` against motcua-portal-sim with injected faults,
// SIGKILLs the sender at random moments, restarts it, and finally compares
// what the portal accepted with what the kiosk recorded.
void addBenchOutboxCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua bench queue --kiosks 30 --counters 10 [--seconds S] [--kills K]`: simulated kiosks and
// counters against one real motcua-hub; tickets, duplicates, lost, operations per second, p99.
void addBenchQueueCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

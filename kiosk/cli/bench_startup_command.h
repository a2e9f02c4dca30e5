#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua bench startup`: cold start of motcua-kiosk to the first frame of
// the attract screen, several runs, median and p95 in milliseconds.
void addBenchStartupCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua bench print`: "take a number" (ticket stored in SQLite, laid out,
// rendered to PDF) to the job accepted by cupsd, several runs, p50 and p95 in ms.
void addBenchPrintCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua bench scan`: live-mode decode time per 1280x720 frame on one core,
// median and p95, for frames with an ID card QR code (first sight, and
// tracked where it was last seen) and frames without one. Target p95 ≤ 10 ms.
void addBenchScanCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua bench photo [VIDEO|IMG…]`: live analysis time per 1280x720 frame on
// one core (face tracking and every check), median and p95, wall and CPU
// time. Without arguments: assets/samples/photo-astronaut.avi. Target p95 ≤ 8 ms.
void addBenchPhotoCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

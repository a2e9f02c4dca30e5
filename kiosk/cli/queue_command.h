#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua queue status|issue|call|transfer|pause|events|stats`: the site's queue
// through the configured hub (embedded or motcua-hub), for technicians and demos.
void addQueueCommand(CLI::App &app, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

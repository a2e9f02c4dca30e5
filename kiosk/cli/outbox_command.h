#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua outbox list|retry|purge|drain`: the technician's view of what waits
// for the portal. Never shows the citizen's data, only references and codes.
void addOutboxCommand(CLI::App &app, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua doctor`: configuration, database, each device backend, portal link.
void addDoctorCommand(CLI::App &app, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua form check FILE.json [--json] [--today YYYY-MM-DD]`: every field
// error of a saved declaration; exit 1 if any, 2 if the file is not a form.
void addFormCommand(CLI::App &app, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

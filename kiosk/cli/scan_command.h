#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua scan IMG…`: the text of every QR code in each image (--json: a list
// of {file, text, position}). `motcua scan --cccd IMG` / `--text PAYLOAD`: the
// ID card fields, or why the payload was refused (exit 1). These go to stdout
// only because a person asked for them; nothing here is logged.
void addScanCommand(CLI::App &app, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua guide add NAME | disable NAME | enable NAME | reset-pin NAME | list`.
// A PIN is read from the terminal (twice, without echo) or, when stdin is not
// a terminal, from the first line of stdin; never from the command line,
// where other users could see it in the process list and shell history.
void addGuideCommand(CLI::App &app, const GlobalOptions &options, int &exitCode);

// `motcua bench guide-pin [--runs N]`: what one argon2id PIN check costs here.
void addBenchGuidePinCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

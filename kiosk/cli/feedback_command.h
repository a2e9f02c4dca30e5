#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua feedback stats [--date D] [--csv] [--json]`: the day's ratings per level,
// the satisfaction index and the suggestions citizens left (kiosk/feedback).
void addFeedbackCommand(CLI::App &app, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

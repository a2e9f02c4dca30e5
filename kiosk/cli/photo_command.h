#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua photo check IMG… [--json]`: every passport-photo check with its
// value, threshold and outcome, and the verdict (exit 1 when a photo fails,
// 2 when an image cannot be read). `motcua photo crop IMG OUT`: the 2:3
// 600x900 baseline JPEG the kiosk would attach.
void addPhotoCommand(CLI::App &app, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

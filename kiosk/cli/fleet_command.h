#pragma once
#include <CLI/CLI.hpp>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// motcua fleet [--site S] [--broker host:port]: every kiosk's health and what needs attention;
// fleet keygen | out-of-service KIOSK | back-in-service KIOSK: signed remote commands (docs/fleet.md).
void addFleetCommand(CLI::App &app, const GlobalOptions &options, int &exitCode);

}  // namespace motcua::cli

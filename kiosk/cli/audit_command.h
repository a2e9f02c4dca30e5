#pragma once
#include <CLI/CLI.hpp>
#include <optional>

#include "kiosk/cli/cli_output.h"
#include "kiosk/store/database.h"

namespace motcua::cli {

// `motcua audit verify [--json]`: checks the hash chain, names each changed or
// deleted row, exit 1 when any is found. `motcua audit list [--since DAY]`.
void addAuditCommand(CLI::App &app, const GlobalOptions &options, int &exitCode);

// The kiosk's database (configured data directory), migrated; prints the
// problem and sets exitCode when it cannot be opened.
std::optional<Database> openKioskDatabase(const GlobalOptions &options, int &exitCode);

// Who runs the command, for the audit log: "cli:<login name>".
std::string cliActor();

}  // namespace motcua::cli

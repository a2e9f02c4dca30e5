#pragma once
// What every subcommand shares: the global flags and the exit codes.
#include <QString>
#include <optional>
#include <string>

#include "kiosk/core/config.h"

namespace motcua::cli {

enum ExitCode { kOk = 0, kCheckFailed = 1, kUsage = 2 };

struct GlobalOptions {
    std::string configFile;
    bool json = false;
};

// Loads the configuration named by --config (or the built-in defaults).
// Prints the problem and returns nothing when the file is refused.
std::optional<Config> loadConfigOrReport(const GlobalOptions &options);

// Another motcua program: the explicit path, else the one beside this
// executable, else from PATH; empty when none is found.
QString findProgram(const QString &name, const std::string &explicitPath = {});

}  // namespace motcua::cli

#pragma once
#include <filesystem>
#include <string>

#include "kiosk/core/config.h"
#include "kiosk/core/result.h"

namespace motcua {

// Where and why a configuration file was refused.
struct ConfigProblem {
    std::string file;
    int line = 0;  // 0 when not tied to a line
    std::string key;  // dotted, e.g. "session.idle_timeout_s"; empty for file-level problems
    std::string problem;

    std::string describe() const;  // "FILE:LINE: KEY: PROBLEM"
};

// Reads FILE over the built-in defaults. Unknown keys, wrong types, values
// out of range and unreadable files are all refused: a kiosk must never run
// on a configuration its technician did not mean.
Expected<Config, ConfigProblem> loadConfigFile(const std::filesystem::path &file);

// Same checks on TOML text; `name` is used in problems.
Expected<Config, ConfigProblem> parseConfig(std::string_view text, const std::string &name);

}  // namespace motcua

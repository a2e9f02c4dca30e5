#include "kiosk/cli/cli_output.h"

#include <cstdio>

#include "kiosk/core/config_loader.h"

namespace motcua::cli {

std::optional<Config> loadConfigOrReport(const GlobalOptions &options)
{
    if (options.configFile.empty()) {
        return Config{};
    }
    auto config = loadConfigFile(options.configFile);
    if (!config) {
        std::fprintf(stderr, "motcua: configuration refused: %s\n", config.error().describe().c_str());
        return std::nullopt;
    }
    return *config;
}

}  // namespace motcua::cli

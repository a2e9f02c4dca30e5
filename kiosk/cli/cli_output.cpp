#include "kiosk/cli/cli_output.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
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

QString findProgram(const QString &name, const std::string &explicitPath)
{
    if (!explicitPath.empty()) {
        return QString::fromStdString(explicitPath);
    }
    const auto sibling = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(sibling).isExecutable()) {
        return sibling;
    }
    return QStandardPaths::findExecutable(name);
}

}  // namespace motcua::cli

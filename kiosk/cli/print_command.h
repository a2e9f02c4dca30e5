#pragma once
#include <CLI/CLI.hpp>
#include <QCoreApplication>
#include <memory>

#include "kiosk/cli/cli_output.h"

namespace motcua::cli {

// `motcua print test|ticket|receipt REF|status|pending`: print through the
// configured printer (or --printer/--destination), or render to --output FILE.
void addPrintCommand(CLI::App &app, const GlobalOptions &options, int &exitCode);

// Printing paints text, which Qt allows only under a QGuiApplication; every
// other command keeps the lighter QCoreApplication. Headless (offscreen) either way.
std::unique_ptr<QCoreApplication> makeCliApplication(int &argc, char **argv);

}  // namespace motcua::cli

// motcua: the technician's and developer's command line. One subcommand per
// domain; --json for machines; exit 0 ok, 1 a check failed, 2 usage or input.
#include <CLI/CLI.hpp>
#include <QCoreApplication>

#include "kiosk/cli/audit_command.h"
#include "kiosk/cli/bench_scan_command.h"
#include "kiosk/cli/bench_outbox_command.h"
#include "kiosk/cli/bench_startup_command.h"
#include "kiosk/cli/cli_output.h"
#include "kiosk/cli/doctor_command.h"
#include "kiosk/cli/form_command.h"
#include "kiosk/cli/guide_command.h"
#include "kiosk/cli/outbox_command.h"
#include "kiosk/cli/photo_command.h"
#include "kiosk/cli/bench_photo_command.h"
#include "kiosk/cli/print_command.h"
#include "kiosk/cli/bench_print_command.h"
#include "kiosk/cli/scan_command.h"
#include "kiosk/cli/queue_command.h"
#include "kiosk/cli/feedback_command.h"
#include "kiosk/cli/fleet_command.h"
#include "kiosk/cli/bench_queue_command.h"
#include "kiosk/core/log_categories.h"
#include "kiosk/core/version.h"

int main(int argc, char **argv)
{
    using namespace motcua::cli;
    auto qt = makeCliApplication(argc, argv);  // QGuiApplication only for `print` (painting text needs it)
    motcua::installLogFormat();

    CLI::App app{"motcua: diagnostics and tools for the motcua kiosk", "motcua"};
    app.set_version_flag("--version", std::string("motcua ") + motcua::kVersion);
    app.require_subcommand(1);
    app.fallthrough();

    GlobalOptions options;
    app.add_option("--config", options.configFile, "Configuration file (TOML); default: built-in defaults");
    app.add_flag("--json", options.json, "Machine-readable output");

    int exitCode = kOk;
    addDoctorCommand(app, options, exitCode);
    addFormCommand(app, options, exitCode);
    addScanCommand(app, options, exitCode);
    addPrintCommand(app, options, exitCode);
    addOutboxCommand(app, options, exitCode);
    addPhotoCommand(app, options, exitCode);
    addGuideCommand(app, options, exitCode);
    addAuditCommand(app, options, exitCode);
    addQueueCommand(app, options, exitCode);
    addFeedbackCommand(app, options, exitCode);
    addFleetCommand(app, options, exitCode);
    auto *bench = app.add_subcommand("bench", "Benchmarks that print figures");
    bench->require_subcommand(1);
    addBenchStartupCommand(*bench, options, exitCode);
    addBenchScanCommand(*bench, options, exitCode);
    addBenchPrintCommand(*bench, options, exitCode);
    addBenchOutboxCommand(*bench, options, exitCode);
    addBenchPhotoCommand(*bench, options, exitCode);
    addBenchGuidePinCommand(*bench, options, exitCode);
    addBenchQueueCommand(*bench, options, exitCode);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &error) {
        const int rc = app.exit(error);
        return rc == 0 ? kOk : kUsage;
    }
    return exitCode;
}

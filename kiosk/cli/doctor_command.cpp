#include "kiosk/cli/doctor_command.h"

#include <cstdio>

#include "kiosk/health/health_report_format.h"
#include "kiosk/health/system_checks.h"

namespace motcua::cli {

void addDoctorCommand(CLI::App &app, const GlobalOptions &options, int &exitCode)
{
    auto *doctor = app.add_subcommand("doctor", "Check configuration, database, devices and the portal link");
    doctor->callback([&options, &exitCode] {
        const auto config = loadConfigOrReport(options);
        if (!config) {
            exitCode = kUsage;
            return;
        }
        const auto report = runSystemChecks(*config);
        std::puts((options.json ? formatReportJson(report) : formatReportTable(report)).c_str());
        exitCode = allPassed(report) ? kOk : kCheckFailed;
    });
}

}  // namespace motcua::cli

#include "kiosk/health/health_report_format.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

namespace motcua {

std::string formatReportTable(const HealthReport &report)
{
    size_t width = 9;
    for (const auto &check : report) {
        width = std::max(width, check.subsystem.size());
    }
    std::ostringstream out;
    for (const auto &check : report) {
        out << check.subsystem << std::string(width + 2 - check.subsystem.size(), ' ') << verdictName(check.verdict)
            << std::string(6 - std::string(verdictName(check.verdict)).size(), ' ') << check.detail << '\n';
    }
    return out.str();
}

std::string formatReportJson(const HealthReport &report)
{
    nlohmann::json checks = nlohmann::json::array();
    for (const auto &check : report) {
        checks.push_back({{"subsystem", check.subsystem},
                          {"verdict", check.verdict == Verdict::Ok        ? "ok"
                                      : check.verdict == Verdict::Skipped ? "skipped"
                                                                          : "failed"},
                          {"detail", check.detail}});
    }
    nlohmann::json document{{"ok", allPassed(report)}, {"checks", checks}};
    return document.dump(2);
}

}  // namespace motcua

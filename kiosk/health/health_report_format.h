#pragma once
#include <string>

#include "kiosk/core/health_check.h"

namespace motcua {

std::string formatReportTable(const HealthReport &report);  // aligned columns, one line per check
std::string formatReportJson(const HealthReport &report);  // {"ok": bool, "checks": [...]}

}  // namespace motcua

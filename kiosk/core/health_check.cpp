#include "kiosk/core/health_check.h"

#include <algorithm>

namespace motcua {

const char *verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok: return "ok";
    case Verdict::Skipped: return "skip";
    case Verdict::Failed: return "FAIL";
    }
    return "?";
}

bool allPassed(const HealthReport &report)
{
    return std::none_of(report.begin(), report.end(),
                        [](const HealthCheck &check) { return check.verdict == Verdict::Failed; });
}

}  // namespace motcua

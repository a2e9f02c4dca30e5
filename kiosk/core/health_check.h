#pragma once
// One line of a health report: a subsystem, its verdict and why.
#include <string>
#include <vector>

namespace motcua {

enum class Verdict { Ok, Skipped, Failed };

struct HealthCheck {
    std::string subsystem;  // "store", "printer" …
    Verdict verdict = Verdict::Ok;
    std::string detail;  // what was found; never personal data

    static HealthCheck ok(std::string subsystem, std::string detail)
    {
        return {std::move(subsystem), Verdict::Ok, std::move(detail)};
    }
    static HealthCheck skipped(std::string subsystem, std::string detail)
    {
        return {std::move(subsystem), Verdict::Skipped, std::move(detail)};
    }
    static HealthCheck failed(std::string subsystem, std::string detail)
    {
        return {std::move(subsystem), Verdict::Failed, std::move(detail)};
    }
};

using HealthReport = std::vector<HealthCheck>;

const char *verdictName(Verdict verdict);
bool allPassed(const HealthReport &report);  // skipped counts as passed

}  // namespace motcua

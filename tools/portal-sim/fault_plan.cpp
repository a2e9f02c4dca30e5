#include "tools/portal-sim/fault_plan.h"

#include <sstream>

namespace motcua {
namespace {

constexpr std::pair<Fault, const char *> kNames[] = {
    {Fault::Error500, "500"},           {Fault::Error503, "503"},
    {Fault::TooManyRequests, "429"},    {Fault::DropBeforeCommit, "drop"},
    {Fault::DropAfterCommit, "drop_after_commit"}, {Fault::SlowBody, "slow"},
};

std::vector<Fault> parseKinds(const std::string &kinds, bool *valid)
{
    std::vector<Fault> faults;
    *valid = true;
    if (kinds.empty()) {
        for (const auto &[fault, name] : kNames) {
            faults.push_back(fault);
        }
        return faults;
    }
    std::stringstream list(kinds);
    std::string item;
    while (std::getline(list, item, ',')) {
        bool found = false;
        for (const auto &[fault, name] : kNames) {
            if (item == name) {
                faults.push_back(fault);
                found = true;
            }
        }
        *valid = *valid && found;
    }
    *valid = *valid && !faults.empty();
    return faults;
}

}  // namespace

const char *faultName(Fault fault)
{
    for (const auto &[value, name] : kNames) {
        if (value == fault) {
            return name;
        }
    }
    return "none";
}

FaultPlan::FaultPlan(double failRate, const std::string &kinds, unsigned seed) : m_failRate(failRate), m_random(seed)
{
    bool valid = false;
    m_kinds = parseKinds(kinds, &valid);
}

bool FaultPlan::validKinds(const std::string &kinds)
{
    bool valid = false;
    parseKinds(kinds, &valid);
    return valid;
}

Fault FaultPlan::next()
{
    std::lock_guard lock(m_mutex);
    if (m_failRate <= 0 || m_kinds.empty()) {
        return Fault::None;
    }
    if (std::uniform_real_distribution<double>(0, 1)(m_random) >= m_failRate) {
        return Fault::None;
    }
    return m_kinds[std::uniform_int_distribution<size_t>(0, m_kinds.size() - 1)(m_random)];
}

}  // namespace motcua

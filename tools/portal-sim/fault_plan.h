#pragma once
// The simulator's misbehaviour on request: which fault, if any, a request
// meets. Seeded, so a soak run can be repeated.
#include <mutex>
#include <random>
#include <set>
#include <string>

namespace motcua {

enum class Fault { None, Error500, Error503, TooManyRequests, DropBeforeCommit, DropAfterCommit, SlowBody };

const char *faultName(Fault fault);

class FaultPlan {
public:
    // `kinds`: comma-separated names (500,503,429,drop,drop_after_commit,slow); empty = all.
    FaultPlan(double failRate, const std::string &kinds, unsigned seed);

    Fault next();
    static bool validKinds(const std::string &kinds);

private:
    std::mutex m_mutex;
    double m_failRate;
    std::vector<Fault> m_kinds;
    std::mt19937 m_random;
};

}  // namespace motcua

#pragma once
// Time comes through an interface so that idle timeouts, daily resets and
// retries are tested with an injected clock instead of sleeps.
#include <chrono>

namespace motcua {

class Clock {
public:
    virtual ~Clock() = default;
    // Monotonic time for timeouts.
    virtual std::chrono::steady_clock::time_point now() const = 0;
    // Wall-clock time for records.
    virtual std::chrono::system_clock::time_point wallNow() const = 0;
};

class SystemClock final : public Clock {
public:
    std::chrono::steady_clock::time_point now() const override;
    std::chrono::system_clock::time_point wallNow() const override;
};

// A clock that moves only when told to; for tests and deterministic runs.
class ManualClock final : public Clock {
public:
    ManualClock();
    std::chrono::steady_clock::time_point now() const override { return m_now; }
    std::chrono::system_clock::time_point wallNow() const override { return m_wall; }
    void advance(std::chrono::milliseconds by);

private:
    std::chrono::steady_clock::time_point m_now;
    std::chrono::system_clock::time_point m_wall;
};

}  // namespace motcua

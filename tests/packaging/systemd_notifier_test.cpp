// Which watchdog requests the kiosk honours: its own, or the one meant for cage, its parent.
#include "kiosk/platform/systemd_notifier.h"

#include <gtest/gtest.h>
#include <cstdlib>
#include <string>
#include <unistd.h>

using namespace std::chrono_literals;

namespace motcua {
namespace {

class WatchdogEnvironment : public ::testing::Test {
protected:
    void SetUp() override
    {
        ::unsetenv("WATCHDOG_USEC");
        ::unsetenv("WATCHDOG_PID");
    }
    void TearDown() override { SetUp(); }
    static void set(const char *usec, const std::string &pid)
    {
        ::setenv("WATCHDOG_USEC", usec, 1);
        if (!pid.empty()) {
            ::setenv("WATCHDOG_PID", pid.c_str(), 1);
        }
    }
};

TEST_F(WatchdogEnvironment, NoneWithoutWatchdogUsec) { EXPECT_EQ(watchdogIntervalFromEnvironment(), 0us); }

TEST_F(WatchdogEnvironment, UsecWithoutPidIsOurs)
{
    set("1000000", "");
    EXPECT_EQ(watchdogIntervalFromEnvironment(), 1s);
}

TEST_F(WatchdogEnvironment, OwnPid)
{
    set("30000000", std::to_string(::getpid()));
    EXPECT_EQ(watchdogIntervalFromEnvironment(), 30s);
}

TEST_F(WatchdogEnvironment, ParentPidAsUnderCage)
{
    set("30000000", std::to_string(::getppid()));
    EXPECT_EQ(watchdogIntervalFromEnvironment(), 30s);
}

TEST_F(WatchdogEnvironment, SomeoneElsesPid)
{
    set("30000000", std::to_string(::getpid() + 100000));
    EXPECT_EQ(watchdogIntervalFromEnvironment(), 0us);
}

TEST_F(WatchdogEnvironment, Garbage)
{
    set("soon", std::to_string(::getppid()));
    EXPECT_EQ(watchdogIntervalFromEnvironment(), 0us);
    set("0", std::to_string(::getppid()));
    EXPECT_EQ(watchdogIntervalFromEnvironment(), 0us);
}

}  // namespace
}  // namespace motcua

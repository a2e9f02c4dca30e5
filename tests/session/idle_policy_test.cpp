#include "kiosk/session/idle_policy.h"

#include <gtest/gtest.h>

using namespace motcua;
using namespace std::chrono;

TEST(IdlePolicy, ActiveThenWarningThenExpired)
{
    const IdlePolicy policy{seconds(90), seconds(20)};
    EXPECT_EQ(idleStatus(policy, seconds(0)).phase, IdlePhase::Active);
    EXPECT_EQ(idleStatus(policy, milliseconds(89'999)).phase, IdlePhase::Active);
    auto warning = idleStatus(policy, seconds(90));
    EXPECT_EQ(warning.phase, IdlePhase::Warning);
    EXPECT_EQ(warning.secondsLeft, 20);
    EXPECT_EQ(idleStatus(policy, milliseconds(90'001)).secondsLeft, 20);  // rounded up
    EXPECT_EQ(idleStatus(policy, seconds(109)).secondsLeft, 1);
    EXPECT_EQ(idleStatus(policy, seconds(110)).phase, IdlePhase::Expired);
}

#include "kiosk/guide/pin_policy.h"

#include <gtest/gtest.h>

#include "kiosk/guide/guide_name.h"
#include "kiosk/guide/lockout_policy.h"
#include "kiosk/guide/pin_hash.h"

using namespace motcua;

TEST(PinPolicy, AcceptsSixToTwelveDigitsThatAreNotTrivial)
{
    EXPECT_TRUE(checkPin("470913").has_value());
    EXPECT_TRUE(checkPin("470913582604").has_value());
    EXPECT_EQ(checkPin("47091").error().code, "guide.pin_length");
    EXPECT_EQ(checkPin("4709135826041").error().code, "guide.pin_length");
    EXPECT_EQ(checkPin("47a913").error().code, "guide.pin_digits");
    EXPECT_EQ(checkPin("000000").error().code, "guide.pin_trivial");
    EXPECT_EQ(checkPin("123456").error().code, "guide.pin_trivial");
    EXPECT_EQ(checkPin("987654").error().code, "guide.pin_trivial");
}

TEST(GuideName, IsAShortLowerCaseHandle)
{
    EXPECT_TRUE(checkGuideName("thuy.nt").has_value());
    EXPECT_TRUE(checkGuideName("can-bo_03").has_value());
    EXPECT_FALSE(checkGuideName("x").has_value());
    EXPECT_FALSE(checkGuideName("Thuy").has_value());
    EXPECT_FALSE(checkGuideName("thủy").has_value());
    EXPECT_FALSE(checkGuideName("a b").has_value());
}

TEST(LockoutPolicy, EachLockLastsTwiceAsLongUpToTheCap)
{
    LockoutPolicy policy;
    EXPECT_EQ(policy.lockFor(1), std::chrono::minutes(1));
    EXPECT_EQ(policy.lockFor(2), std::chrono::minutes(2));
    EXPECT_EQ(policy.lockFor(3), std::chrono::minutes(4));
    EXPECT_EQ(policy.lockFor(7), std::chrono::hours(1));
    EXPECT_EQ(policy.lockFor(100), std::chrono::hours(1));
}

TEST(PinHash, ProductionCostIsArgon2idInteractive)
{
    auto hash = hashPin("470913", PinHashCost::interactive());
    ASSERT_TRUE(hash.has_value());
    EXPECT_EQ(hash->rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0), 0u) << *hash;
    EXPECT_EQ(hash->find("470913"), std::string::npos);
    EXPECT_TRUE(verifyPin(*hash, "470913"));
    EXPECT_FALSE(verifyPin(*hash, "470914"));
    EXPECT_FALSE(pinHashNeedsUpgrade(*hash, PinHashCost::interactive()));
    EXPECT_TRUE(pinHashNeedsUpgrade(*hash, PinHashCost::minimum()));
}

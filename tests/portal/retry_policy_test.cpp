#include "kiosk/portal/retry_policy.h"

#include <gtest/gtest.h>

using namespace motcua;
using namespace std::chrono;

TEST(RetryPolicy, DoublesWithJitterUpToTheCap)
{
    const RetryPolicy policy{milliseconds(500), milliseconds(10'000), 0.5};
    EXPECT_EQ(policy.delayBefore(1, 0.0), milliseconds(500));
    EXPECT_EQ(policy.delayBefore(1, 1.0), milliseconds(250));
    EXPECT_EQ(policy.delayBefore(2, 0.0), milliseconds(1000));
    EXPECT_EQ(policy.delayBefore(3, 0.0), milliseconds(2000));
    EXPECT_EQ(policy.delayBefore(10, 0.0), milliseconds(10'000));
    EXPECT_EQ(policy.delayBefore(1000, 0.0), milliseconds(10'000));
}

TEST(RetryPolicy, NeverSoonerThanRetryAfter)
{
    const RetryPolicy policy{milliseconds(500), milliseconds(10'000), 0.5};
    EXPECT_EQ(policy.delayBefore(1, 0.0, seconds(30)), milliseconds(30'000));
    EXPECT_EQ(policy.delayBefore(5, 0.0, seconds(1)), milliseconds(8'000));
}

TEST(RetryPolicy, WhatIsWorthRetrying)
{
    for (const char *code : {"portal.unreachable", "portal.timeout", "portal.server", "portal.rate_limited",
                             "portal.dropped", "portal.bad_response"}) {
        EXPECT_TRUE(isRetryable({code, ""})) << code;
    }
    for (const char *code : {"portal.rejected", "portal.not_found", "portal.tls"}) {
        EXPECT_FALSE(isRetryable({code, ""})) << code;
    }
}

#include "kiosk/core/percentiles.h"

#include <gtest/gtest.h>

using namespace motcua;

TEST(Percentiles, NearestRank)
{
    std::vector<double> samples;
    for (int i = 100; i >= 1; --i) {
        samples.push_back(i);
    }
    const auto summary = summarize(samples);
    EXPECT_EQ(summary.count, 100u);
    EXPECT_DOUBLE_EQ(summary.min, 1);
    EXPECT_DOUBLE_EQ(summary.median, 50);
    EXPECT_DOUBLE_EQ(summary.p95, 95);
    EXPECT_DOUBLE_EQ(summary.p99, 99);
    EXPECT_DOUBLE_EQ(summary.max, 100);
    EXPECT_DOUBLE_EQ(summary.mean, 50.5);
}

TEST(Percentiles, SingleAndEmpty)
{
    EXPECT_EQ(summarize({}).count, 0u);
    const auto one = summarize({7});
    EXPECT_DOUBLE_EQ(one.median, 7);
    EXPECT_DOUBLE_EQ(one.p95, 7);
}

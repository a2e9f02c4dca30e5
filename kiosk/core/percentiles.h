#pragma once
// Summary figures for benchmarks: nearest-rank percentiles over samples.
#include <cstddef>
#include <vector>

namespace motcua {

struct SampleSummary {
    size_t count = 0;
    double min = 0, median = 0, p95 = 0, p99 = 0, max = 0, mean = 0;
};

SampleSummary summarize(std::vector<double> samples);

}  // namespace motcua

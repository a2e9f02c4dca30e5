#include "kiosk/core/percentiles.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace motcua {
namespace {

double nearestRank(const std::vector<double> &sorted, double percentile)
{
    const auto rank = static_cast<size_t>(std::ceil(percentile / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

}  // namespace

SampleSummary summarize(std::vector<double> samples)
{
    SampleSummary summary;
    if (samples.empty()) {
        return summary;
    }
    std::sort(samples.begin(), samples.end());
    summary.count = samples.size();
    summary.min = samples.front();
    summary.max = samples.back();
    summary.median = nearestRank(samples, 50);
    summary.p95 = nearestRank(samples, 95);
    summary.p99 = nearestRank(samples, 99);
    summary.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / static_cast<double>(samples.size());
    return summary;
}

}  // namespace motcua

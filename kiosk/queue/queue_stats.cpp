#include "kiosk/queue/queue_stats.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace motcua::queue {

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(samples.size())));
    return samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
}

int waitMinutes(int ahead, double perTicketSeconds, int counters)
{
    if (ahead <= 0) {
        return 0;
    }
    const double seconds = ahead * perTicketSeconds / std::max(1, counters);
    return static_cast<int>(std::ceil(seconds / 60.0));
}

int vietnamHour(int64_t atMs)
{
    const int64_t localSeconds = atMs / 1000 + 7 * 3600;
    return static_cast<int>(((localSeconds % 86400) + 86400) % 86400 / 3600);
}

std::vector<ServiceHourStats> statsByServiceAndHour(const std::vector<Ticket> &tickets)
{
    struct Samples {
        ServiceHourStats stats;
        std::vector<double> waits, services;
    };
    std::map<std::pair<std::string, int>, Samples> groups;
    for (const auto &t : tickets) {
        const int hour = vietnamHour(t.issuedAtMs);
        auto &group = groups[{t.service, hour}];
        group.stats.service = t.service;
        group.stats.hour = hour;
        ++group.stats.tickets;
        if (t.calledAtMs > 0) {
            group.waits.push_back(static_cast<double>(t.calledAtMs - t.issuedAtMs) / 1000.0);
        }
        if (t.state == TicketState::Served) {
            ++group.stats.served;
            if (t.calledAtMs > 0 && t.finishedAtMs >= t.calledAtMs) {
                group.services.push_back(static_cast<double>(t.finishedAtMs - t.calledAtMs) / 1000.0);
            }
        } else if (t.state == TicketState::NoShow) {
            ++group.stats.noShows;
        }
    }
    std::vector<ServiceHourStats> result;
    for (auto &[key, group] : groups) {
        group.stats.waitMedianS = percentile(group.waits, 50);
        group.stats.waitP90S = percentile(group.waits, 90);
        group.stats.serviceMedianS = percentile(group.services, 50);
        group.stats.serviceP90S = percentile(group.services, 90);
        result.push_back(group.stats);
    }
    return result;
}

}  // namespace motcua::queue

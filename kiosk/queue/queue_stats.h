#pragma once
// Figures of the queue: waiting and service times per service and hour, and
// the estimated wait a new ticket is shown.
#include <vector>

#include "kiosk/queue/queue_types.h"

namespace motcua::queue {

// Nearest-rank percentile (p in 0–100) of unsorted samples; 0 when empty.
double percentile(std::vector<double> samples, double p);

// Minutes for `ahead` people at `perTicketSeconds` each, shared by `counters` open counters (at least 1).
int waitMinutes(int ahead, double perTicketSeconds, int counters);

// Local hour (0–23) of a wall-clock time in milliseconds.
int vietnamHour(int64_t atMs);

// Per service and local hour of issue: tickets, served, no-shows, waiting time (issue → call) and service
// time (call → finish), median and p90, in seconds.
std::vector<ServiceHourStats> statsByServiceAndHour(const std::vector<Ticket> &tickets);

}  // namespace motcua::queue

#pragma once
// The queue's vocabulary: services, tickets, priorities, counters and the
// calls a display board shows. Plain data shared by the engine, the hub's
// wire format and the view-models.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace motcua::queue {

// Who is served before others at the same service (docs/queue.md cites the rules).
enum class Priority { None, Elderly, Disability, Pregnant, SmallChild, MeritoriousPerson };

const std::vector<Priority> &allPriorities();
std::string priorityName(Priority priority);  // "elderly"
std::optional<Priority> priorityFromName(const std::string &name);

enum class TicketState { Waiting, Called, Served, NoShow };

std::string ticketStateName(TicketState state);
std::optional<TicketState> ticketStateFromName(const std::string &name);

struct Service {
    std::string code;
    std::string prefix;
    std::string nameVi;
    std::string nameEn;
    int opensAtMinute = 0;
    int closesAtMinute = 24 * 60;
    int dailyCap = 999;
    std::vector<int> counters;
};

// Numbers run 1–999 per service and day: A001 … A999.
inline constexpr int kLastNumber = 999;
std::string ticketLabel(const std::string &prefix, int number);

struct Ticket {
    std::string day;  // "YYMMDD", local
    std::string service;  // the service whose numbers it took
    int number = 0;
    std::string label;  // "A012"
    std::string queue;  // the service it waits for now (differs after a transfer)
    Priority priority = Priority::None;
    TicketState state = TicketState::Waiting;
    std::string kiosk;
    int64_t issuedAtMs = 0;
    int64_t calledAtMs = 0;
    int64_t finishedAtMs = 0;
    int counter = 0;  // serving counter once called
    int targetCounter = 0;  // transferred to this counter; 0 = any counter of `queue`
    int calls = 0;
};

struct IssuedTicket {
    Ticket ticket;
    int peopleAhead = 0;
    int estimatedWaitMinutes = 0;
    bool fromLease = false;  // issued by the kiosk alone while the hub was unreachable
};

// A block of numbers the hub reserved for one kiosk and service, for use while it cannot reach the hub.
struct Lease {
    std::string day;
    std::string service;
    int first = 0;
    int last = 0;
};

struct SyncOutcome {
    int accepted = 0;  // recorded now or already known
    int rejected = 0;  // outside the kiosk's leases: logged, never numbered twice
};

struct CounterView {
    int counter = 0;
    bool paused = false;
    std::optional<Ticket> current;
};

struct ServiceView {
    std::string code;
    std::string prefix;
    std::string nameVi;
    std::string nameEn;
    bool open = false;
    int waiting = 0;
    int priorityWaiting = 0;
    int issuedToday = 0;
    int estimatedWaitMinutes = 0;
};

// Something that happened, in order; the display board and counters follow these.
struct QueueEvent {
    int64_t seq = 0;
    std::string kind;  // issued | called | recalled | served | no_show | transferred | paused | resumed
    std::string service;
    std::string label;
    int counter = 0;
    int64_t atMs = 0;
};

struct QueueSnapshot {
    std::string day;
    std::vector<ServiceView> services;
    std::vector<CounterView> counters;
    std::vector<QueueEvent> recentCalls;  // newest first
    int64_t lastSeq = 0;
};

struct ServiceHourStats {
    std::string service;
    int hour = 0;  // local hour of issue, 0–23
    int tickets = 0;
    int served = 0;
    int noShows = 0;
    double waitMedianS = 0, waitP90S = 0;
    double serviceMedianS = 0, serviceP90S = 0;
};

enum class CounterAction { Next, Recall, Served, NoShow };

}  // namespace motcua::queue

#include "kiosk/queue/queue_types.h"

#include <cstdio>

namespace motcua::queue {

const std::vector<Priority> &allPriorities()
{
    static const std::vector<Priority> kAll = {Priority::None, Priority::Elderly, Priority::Disability,
                                               Priority::Pregnant, Priority::SmallChild,
                                               Priority::MeritoriousPerson};
    return kAll;
}

std::string priorityName(Priority priority)
{
    switch (priority) {
    case Priority::None: return "none";
    case Priority::Elderly: return "elderly";
    case Priority::Disability: return "disability";
    case Priority::Pregnant: return "pregnant";
    case Priority::SmallChild: return "small_child";
    case Priority::MeritoriousPerson: return "meritorious";
    }
    return "none";
}

std::optional<Priority> priorityFromName(const std::string &name)
{
    for (const auto priority : allPriorities()) {
        if (priorityName(priority) == name) {
            return priority;
        }
    }
    return std::nullopt;
}

std::string ticketStateName(TicketState state)
{
    switch (state) {
    case TicketState::Waiting: return "waiting";
    case TicketState::Called: return "called";
    case TicketState::Served: return "served";
    case TicketState::NoShow: return "no_show";
    }
    return "waiting";
}

std::optional<TicketState> ticketStateFromName(const std::string &name)
{
    for (const auto state : {TicketState::Waiting, TicketState::Called, TicketState::Served, TicketState::NoShow}) {
        if (ticketStateName(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

std::string ticketLabel(const std::string &prefix, int number)
{
    char digits[8];
    std::snprintf(digits, sizeof digits, "%03d", number);
    return prefix + digits;
}

}  // namespace motcua::queue

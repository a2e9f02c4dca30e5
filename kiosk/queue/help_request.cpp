#include "kiosk/queue/help_request.h"

namespace motcua::queue {

std::string helpStateName(HelpState state)
{
    switch (state) {
    case HelpState::Pending: return "pending";
    case HelpState::Acknowledged: return "acknowledged";
    case HelpState::Cancelled: return "cancelled";
    }
    return "pending";
}

std::optional<HelpState> helpStateFromName(const std::string &name)
{
    for (auto state : {HelpState::Pending, HelpState::Acknowledged, HelpState::Cancelled}) {
        if (helpStateName(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

}  // namespace motcua::queue

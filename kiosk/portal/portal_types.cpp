#include "kiosk/portal/portal_types.h"

#include <array>
#include <utility>

namespace motcua {
namespace {

constexpr std::array<std::pair<ApplicationState, std::string_view>, 7> kStateNames = {{
    {ApplicationState::Received, "received"},
    {ApplicationState::Processing, "processing"},
    {ApplicationState::NeedsInformation, "needs_information"},
    {ApplicationState::ReadyForPickup, "ready_for_pickup"},
    {ApplicationState::Mailed, "mailed"},
    {ApplicationState::Returned, "returned"},
    {ApplicationState::Rejected, "rejected"},
}};

}  // namespace

const char *applicationStateName(ApplicationState state)
{
    for (const auto &[value, name] : kStateNames) {
        if (value == state) {
            return name.data();
        }
    }
    return "unknown";
}

std::optional<ApplicationState> applicationStateFromName(std::string_view name)
{
    for (const auto &[value, text] : kStateNames) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}

const std::vector<ApplicationState> &allApplicationStates()
{
    static const std::vector<ApplicationState> kAll = [] {
        std::vector<ApplicationState> all;
        for (const auto &entry : kStateNames) {
            all.push_back(entry.first);
        }
        return all;
    }();
    return kAll;
}

}  // namespace motcua

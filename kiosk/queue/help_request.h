#pragma once
// "Call a guide": a citizen at a kiosk asks for help; the site's guide screens
// and counters see it until a guide answers ("I'm coming") or the citizen's
// session ends. Kept by the queue (embedded or motcua-hub) so that every
// screen of the site sees the same list; no personal data, only the kiosk.
#include <cstdint>
#include <optional>
#include <string>

namespace motcua::queue {

enum class HelpState { Pending, Acknowledged, Cancelled };

std::string helpStateName(HelpState state);  // "pending"
std::optional<HelpState> helpStateFromName(const std::string &name);

struct HelpRequest {
    int64_t id = 0;
    std::string kiosk;
    int64_t requestedAtMs = 0;
    HelpState state = HelpState::Pending;
    int64_t settledAtMs = 0;
    std::string settledBy;  // the counter or guide screen that answered; "" when cancelled
};

}  // namespace motcua::queue

#pragma once
// What in a health snapshot needs a person: one rule set shared by the guide's
// device list and the fleet listing, so both say the same thing.
#include <string>
#include <vector>

#include "kiosk/health/kiosk_health.h"

namespace motcua {

struct AttentionPolicy {
    int64_t outboxWarning = 5;  // applications waiting
    int64_t outboxFault = 20;
    int64_t staleAcceptedSeconds = 2 * 3600;  // applications wait and none accepted for this long
    int64_t diskWarningBytes = int64_t{1} << 30;
    int64_t diskFaultBytes = int64_t{200} << 20;
};

struct HealthConcern {
    std::string key;  // printer, paper, camera, scanner, portal, outbox, last_accepted, out_of_service, disk
    HealthState state = HealthState::Warning;  // Warning or Fault
    std::string code;  // "printer.media_empty", "outbox.high" …
};

std::vector<HealthConcern> concernsOf(const KioskHealth &health, const AttentionPolicy &policy = {});

}  // namespace motcua

#include "kiosk/health/kiosk_attention.h"

namespace motcua {
namespace {

void addComponent(std::vector<HealthConcern> &out, const std::string &key, const ComponentHealth &component)
{
    if (component.state == HealthState::Warning || component.state == HealthState::Fault) {
        out.push_back({key, component.state, component.code.empty() ? key + ".fault" : component.code});
    }
}

}  // namespace

std::vector<HealthConcern> concernsOf(const KioskHealth &health, const AttentionPolicy &policy)
{
    std::vector<HealthConcern> out;
    addComponent(out, "printer", health.printer);
    if (health.printer.state != HealthState::Absent) {
        if (health.paper == PaperLevel::Out) {
            out.push_back({"paper", HealthState::Fault, "paper.out"});
        } else if (health.paper == PaperLevel::Low) {
            out.push_back({"paper", HealthState::Warning, "paper.low"});
        }
    }
    addComponent(out, "camera", health.camera);
    addComponent(out, "scanner", health.scanner);
    if (health.portal.state == HealthState::Fault) {
        out.push_back({"portal", HealthState::Fault, "portal.down"});
    }
    if (!health.outboxDepth) {
        out.push_back({"outbox", HealthState::Fault, "outbox.unreadable"});
    } else if (*health.outboxDepth >= policy.outboxFault) {
        out.push_back({"outbox", HealthState::Fault, "outbox.high"});
    } else if (*health.outboxDepth >= policy.outboxWarning || health.outboxFailed > 0) {
        out.push_back({"outbox", HealthState::Warning, health.outboxFailed > 0 ? "outbox.failed" : "outbox.high"});
    }
    const bool waiting = health.outboxDepth.value_or(0) > 0;
    if (waiting && health.lastAcceptedAgeSeconds && *health.lastAcceptedAgeSeconds > policy.staleAcceptedSeconds) {
        out.push_back({"last_accepted", HealthState::Warning, "last_accepted.stale"});
    }
    if (health.outOfService) {
        out.push_back({"out_of_service", HealthState::Warning, "out_of_service"});
    }
    if (health.diskFreeBytes && *health.diskFreeBytes < policy.diskFaultBytes) {
        out.push_back({"disk", HealthState::Fault, "disk.low"});
    } else if (health.diskFreeBytes && *health.diskFreeBytes < policy.diskWarningBytes) {
        out.push_back({"disk", HealthState::Warning, "disk.low"});
    }
    return out;
}

}  // namespace motcua

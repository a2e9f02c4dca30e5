#include "kiosk/audit/audit_event.h"

#include <array>
#include <utility>

namespace motcua {
namespace {

constexpr std::array<std::pair<AuditEvent, const char *>, 16> kNames = {{
    {AuditEvent::GuideLoginOk, "guide.login_ok"},
    {AuditEvent::GuideLoginFailed, "guide.login_failed"},
    {AuditEvent::GuideLocked, "guide.locked"},
    {AuditEvent::GuideLogout, "guide.logout"},
    {AuditEvent::GuideAdded, "guide.added"},
    {AuditEvent::GuideDisabled, "guide.disabled"},
    {AuditEvent::GuideEnabled, "guide.enabled"},
    {AuditEvent::GuidePinReset, "guide.pin_reset"},
    {AuditEvent::AssistedSessionStart, "session.assisted_start"},
    {AuditEvent::AssistedSessionEnd, "session.assisted_end"},
    {AuditEvent::Reprint, "print.reprint"},
    {AuditEvent::OutOfServiceOn, "kiosk.out_of_service_on"},
    {AuditEvent::OutOfServiceOff, "kiosk.out_of_service_off"},
    {AuditEvent::ConfigChange, "config.change"},
    {AuditEvent::RetentionPurge, "privacy.retention_purge"},
    {AuditEvent::KioskClosed, "kiosk.closed_by_technician"},
}};

}  // namespace

const char *auditEventName(AuditEvent event)
{
    for (const auto &[value, name] : kNames) {
        if (value == event) {
            return name;
        }
    }
    return "unknown";
}

std::optional<AuditEvent> auditEventFromName(std::string_view name)
{
    for (const auto &[value, text] : kNames) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

}  // namespace motcua

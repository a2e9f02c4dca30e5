#pragma once
// What the audit log records. Names are stable: they are hashed into the chain.
#include <optional>
#include <string>
#include <string_view>

namespace motcua {

enum class AuditEvent {
    GuideLoginOk,
    GuideLoginFailed,
    GuideLocked,  // the attempt that locked the account, and attempts refused while locked
    GuideLogout,
    GuideAdded,
    GuideDisabled,
    GuideEnabled,
    GuidePinReset,
    AssistedSessionStart,
    AssistedSessionEnd,
    Reprint,
    OutOfServiceOn,
    OutOfServiceOff,
    ConfigChange,
    RetentionPurge,  // an application never accepted, its data purged after [privacy] keep_unsent_days
    KioskClosed,  // a technician closed the kiosk application (lock-down's only way out)
};

const char *auditEventName(AuditEvent event);
std::optional<AuditEvent> auditEventFromName(std::string_view name);

}  // namespace motcua

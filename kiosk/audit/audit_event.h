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
};

const char *auditEventName(AuditEvent event);
std::optional<AuditEvent> auditEventFromName(std::string_view name);

}  // namespace motcua

#pragma once
// Police guides' accounts (table guide_accounts): a name, a PIN hash, whether
// the account is active, and its lock-out state. Every login attempt and every
// change is written to the audit log in the same transaction as its effect.
//
// The guide screens' view-model calls login() off the UI thread (an argon2id
// verify costs tens of milliseconds, see `motcua bench guide-pin`) and shows
// LoginResult: tries left, or until when the account is locked.
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "kiosk/audit/audit_log.h"
#include "kiosk/core/clock.h"
#include "kiosk/guide/lockout_policy.h"
#include "kiosk/guide/pin_hash.h"
#include "kiosk/store/database.h"

namespace motcua {

// A technician is a guide who may also close the kiosk application (lock-down: the only way out).
enum class GuideRole { Guide, Technician };
const char *guideRoleName(GuideRole role);
// "guide" | "technician"; errors: guide.bad_role.
Result<GuideRole> guideRoleFromName(const std::string &name);

struct GuideAccount {
    std::string name;
    GuideRole role = GuideRole::Guide;
    bool active = true;
    int failedAttempts = 0;  // wrong PINs since the last good login or lock-out
    int lockouts = 0;  // lock-outs since the last good login
    int64_t lockedUntilMs = 0;  // wall clock; 0 or past = not locked
    int64_t lastLoginMs = 0;
    int64_t createdAtMs = 0;
};

enum class LoginOutcome { Ok, WrongPin, Locked, Disabled, UnknownGuide };
const char *loginOutcomeName(LoginOutcome outcome);

struct LoginResult {
    LoginOutcome outcome = LoginOutcome::WrongPin;
    GuideRole role = GuideRole::Guide;  // Ok: what the account may do
    int triesLeft = 0;  // before the next lock-out (WrongPin)
    int64_t lockedUntilMs = 0;  // Locked
    std::chrono::seconds retryAfter{0};  // Locked: from now, rounded up
};

class GuideAccounts {
public:
    GuideAccounts(Database &db, AuditLog &audit, const Clock &clock, LockoutPolicy lockout = {},
                  PinHashCost cost = PinHashCost::interactive());

    // `actor` is who made the change ("cli:root"); errors: guide.bad_name,
    // guide.pin_*, guide.exists, guide.unknown.
    Status add(const std::string &name, const std::string &pin, const std::string &actor,
               GuideRole role = GuideRole::Guide);
    Status disable(const std::string &name, const std::string &actor);
    Status enable(const std::string &name, const std::string &actor);
    // A new PIN; also lifts a lock-out and forgets wrong tries.
    Status resetPin(const std::string &name, const std::string &pin, const std::string &actor);
    Result<std::vector<GuideAccount>> list();

    // Checks a PIN typed on the kiosk. An error value only when the store fails.
    Result<LoginResult> login(const std::string &name, const std::string &pin);
    // Audits leaving guide mode (`reason`: "button", "idle").
    Status logout(const std::string &name, const std::string &reason);

private:
    int64_t nowMs() const;
    Status setActive(const std::string &name, bool active, AuditEvent event, const std::string &actor);
    Status changeAudited(const std::string &sql, const std::function<void(Statement &)> &bind, const Error &none,
                         AuditEvent event, const std::string &actor, const std::string &detail);

    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    LockoutPolicy m_lockout;
    PinHashCost m_cost;
};

}  // namespace motcua

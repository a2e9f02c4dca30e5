#include "kiosk/guide/guide_accounts.h"

#include "kiosk/core/log_categories.h"
#include "kiosk/guide/guide_name.h"
#include "kiosk/guide/pin_policy.h"

namespace motcua {
namespace {

constexpr const char *kColumns =
    "name, active, failed_attempts, lockouts, locked_until_ms, coalesce(last_login_ms, 0), created_at_ms, role";
constexpr int kHashColumn = 8;

GuideAccount readAccount(const Statement &row)
{
    GuideAccount account;
    account.name = row.columnText(0);
    account.active = row.columnInt(1) != 0;
    account.failedAttempts = static_cast<int>(row.columnInt(2));
    account.lockouts = static_cast<int>(row.columnInt(3));
    account.lockedUntilMs = row.columnInt(4);
    account.lastLoginMs = row.columnInt(5);
    account.createdAtMs = row.columnInt(6);
    account.role = row.columnText(7) == "technician" ? GuideRole::Technician : GuideRole::Guide;
    return account;
}

Status asStatus(const Result<AuditRecord> &appended)
{
    return appended ? Status{} : Status(unexpected(appended.error()));
}

// A hash of a PIN nobody has, so that an unknown name costs as much time as a known one.
const std::string &decoyHash(PinHashCost cost)
{
    static const std::string hash = hashPin("decoy-pin-never-valid", cost).value_or(std::string());
    return hash;
}

}  // namespace

const char *guideRoleName(GuideRole role)
{
    return role == GuideRole::Technician ? "technician" : "guide";
}

Result<GuideRole> guideRoleFromName(const std::string &name)
{
    if (name == "guide") {
        return GuideRole::Guide;
    }
    if (name == "technician") {
        return GuideRole::Technician;
    }
    return fail("guide.bad_role", "a role is 'guide' or 'technician', not '" + name + "'");
}

const char *loginOutcomeName(LoginOutcome outcome)
{
    switch (outcome) {
    case LoginOutcome::Ok: return "ok";
    case LoginOutcome::WrongPin: return "wrong_pin";
    case LoginOutcome::Locked: return "locked";
    case LoginOutcome::Disabled: return "disabled";
    case LoginOutcome::UnknownGuide: return "unknown_guide";
    }
    return "unknown";
}

GuideAccounts::GuideAccounts(Database &db, AuditLog &audit, const Clock &clock, LockoutPolicy lockout,
                             PinHashCost cost)
    : m_db(db), m_audit(audit), m_clock(clock), m_lockout(lockout), m_cost(cost)
{
}

int64_t GuideAccounts::nowMs() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(m_clock.wallNow().time_since_epoch()).count();
}

// One change to one guide's row and its audit entry, in one transaction; `none` when no row changed.
Status GuideAccounts::changeAudited(const std::string &sql, const std::function<void(Statement &)> &bind,
                                    const Error &none, AuditEvent event, const std::string &actor,
                                    const std::string &detail)
{
    return m_db.transaction([&]() -> Status {
        auto change = m_db.prepare(sql);
        if (!change) {
            return unexpected(change.error());
        }
        bind(*change);
        if (auto done = change->run(); !done) {
            return done;
        }
        if (sqlite3_changes(m_db.handle()) == 0) {
            return unexpected(none);
        }
        return asStatus(m_audit.appendInTransaction(event, actor, detail));
    });
}

Status GuideAccounts::add(const std::string &name, const std::string &pin, const std::string &actor,
                          GuideRole role)
{
    if (auto valid = checkGuideName(name); !valid) {
        return valid;
    }
    if (auto valid = checkPin(pin); !valid) {
        return valid;
    }
    auto hash = hashPin(pin, m_cost);
    if (!hash) {
        return unexpected(hash.error());
    }
    return changeAudited(
        "INSERT INTO guide_accounts(name, pin_hash, created_at_ms, updated_at_ms, role) VALUES(?1, ?2, ?3, ?3, ?4)"
        " ON CONFLICT(name) DO NOTHING",
        [&](Statement &q) { q.bind(1, name).bind(2, *hash).bind(3, nowMs()).bind(4, std::string(guideRoleName(role))); },
        Error{"guide.exists", "a guide named " + name + " already exists"}, AuditEvent::GuideAdded, actor,
        role == GuideRole::Technician ? name + " role=technician" : name);
}

Status GuideAccounts::setActive(const std::string &name, bool active, AuditEvent event, const std::string &actor)
{
    return changeAudited("UPDATE guide_accounts SET active = ?, updated_at_ms = ? WHERE name = ?",
                         [&](Statement &q) { q.bind(1, int64_t{active ? 1 : 0}).bind(2, nowMs()).bind(3, name); },
                         Error{"guide.unknown", "no guide named " + name}, event, actor, name);
}

Status GuideAccounts::disable(const std::string &name, const std::string &actor)
{
    return setActive(name, false, AuditEvent::GuideDisabled, actor);
}

Status GuideAccounts::enable(const std::string &name, const std::string &actor)
{
    return setActive(name, true, AuditEvent::GuideEnabled, actor);
}

Status GuideAccounts::resetPin(const std::string &name, const std::string &pin, const std::string &actor)
{
    if (auto valid = checkPin(pin); !valid) {
        return valid;
    }
    auto hash = hashPin(pin, m_cost);
    if (!hash) {
        return unexpected(hash.error());
    }
    return changeAudited(
        "UPDATE guide_accounts SET pin_hash = ?, failed_attempts = 0, lockouts = 0, locked_until_ms = 0,"
        " updated_at_ms = ? WHERE name = ?",
        [&](Statement &q) { q.bind(1, *hash).bind(2, nowMs()).bind(3, name); },
        Error{"guide.unknown", "no guide named " + name}, AuditEvent::GuidePinReset, actor, name);
}

Result<std::vector<GuideAccount>> GuideAccounts::list()
{
    return selectAll(m_db, std::string("SELECT ") + kColumns + " FROM guide_accounts ORDER BY name",
                     [](Statement &) {}, readAccount);
}

Result<LoginResult> GuideAccounts::login(const std::string &name, const std::string &pin)
{
    LoginResult result;
    // One transaction around read, verify and update: two terminals typing at
    // once cannot both spend the same remaining try.
    auto status = m_db.transaction([&]() -> Status {
        const int64_t now = nowMs();
        auto read = m_db.prepare(std::string("SELECT ") + kColumns + ", pin_hash FROM guide_accounts WHERE name = ?");
        if (!read) {
            return unexpected(read.error());
        }
        read->bind(1, name);
        auto row = read->step();
        if (!row) {
            return unexpected(row.error());
        }
        if (!*row) {
            (void)verifyPin(decoyHash(m_cost), pin);
            result.outcome = LoginOutcome::UnknownGuide;
            return asStatus(m_audit.appendInTransaction(AuditEvent::GuideLoginFailed, "", "unknown_guide"));
        }
        const GuideAccount account = readAccount(*read);
        const std::string hash = read->columnText(kHashColumn);
        result.role = account.role;
        if (!account.active) {
            result.outcome = LoginOutcome::Disabled;
            return asStatus(m_audit.appendInTransaction(AuditEvent::GuideLoginFailed, name, "disabled"));
        }
        if (account.lockedUntilMs > now) {
            // The PIN is not even checked while locked: guessing gains nothing.
            result.outcome = LoginOutcome::Locked;
            result.lockedUntilMs = account.lockedUntilMs;
            result.retryAfter = std::chrono::seconds((account.lockedUntilMs - now + 999) / 1000);
            return asStatus(m_audit.appendInTransaction(AuditEvent::GuideLocked, name, "refused_while_locked"));
        }
        auto update = m_db.prepare(
            "UPDATE guide_accounts SET failed_attempts = ?, lockouts = ?, locked_until_ms = ?, pin_hash = ?,"
            " last_login_ms = coalesce(?, last_login_ms), updated_at_ms = ? WHERE name = ?");
        if (!update) {
            return unexpected(update.error());
        }
        int failed = account.failedAttempts;
        int lockouts = account.lockouts;
        int64_t lockedUntil = 0;
        std::string storedHash = hash;
        AuditEvent event;
        std::string detail;
        if (verifyPin(hash, pin)) {
            result.outcome = LoginOutcome::Ok;
            failed = 0;
            lockouts = 0;
            if (pinHashNeedsUpgrade(hash, m_cost)) {
                storedHash = hashPin(pin, m_cost).value_or(hash);
            }
            update->bind(5, now);
            event = AuditEvent::GuideLoginOk;
        } else if (++failed >= m_lockout.maxTries) {
            ++lockouts;
            const auto lockFor = m_lockout.lockFor(lockouts);
            lockedUntil = now + lockFor.count();
            failed = 0;
            result.outcome = LoginOutcome::Locked;
            result.lockedUntilMs = lockedUntil;
            result.retryAfter = std::chrono::duration_cast<std::chrono::seconds>(lockFor);
            update->bindNull(5);
            event = AuditEvent::GuideLocked;
            detail = "locked_s=" + std::to_string(result.retryAfter.count()) + " lockout=" + std::to_string(lockouts);
            qCWarning(lcStore) << "guide account locked for" << result.retryAfter.count() << "s";
        } else {
            result.outcome = LoginOutcome::WrongPin;
            result.triesLeft = m_lockout.maxTries - failed;
            update->bindNull(5);
            event = AuditEvent::GuideLoginFailed;
            detail = "wrong_pin tries_left=" + std::to_string(result.triesLeft);
        }
        update->bind(1, int64_t{failed})
            .bind(2, int64_t{lockouts})
            .bind(3, lockedUntil)
            .bind(4, storedHash)
            .bind(6, now)
            .bind(7, name);
        if (auto done = update->run(); !done) {
            return done;
        }
        return asStatus(m_audit.appendInTransaction(event, name, detail));
    });
    if (!status) {
        return unexpected(status.error());
    }
    return result;
}

Status GuideAccounts::logout(const std::string &name, const std::string &reason)
{
    return asStatus(m_audit.append(AuditEvent::GuideLogout, name, reason));
}

}  // namespace motcua

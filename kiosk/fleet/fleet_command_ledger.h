#pragma once
// The remote commands this kiosk has applied, by nonce: a command seen once is
// refused ever after (fleet.replayed), across restarts. Table fleet_commands.
#include "kiosk/fleet/fleet_command.h"
#include "kiosk/store/database.h"

namespace motcua {

class FleetCommandLedger {
public:
    explicit FleetCommandLedger(Database &db) : m_db(db) {}

    // Records the command; fails with fleet.replayed when its nonce is known.
    Status record(const FleetCommand &command, int64_t nowMs);
    // Forgets nonces issued before `beforeSeconds` (older commands fail the time window anyway).
    Result<int64_t> forgetBefore(int64_t beforeSeconds);

private:
    Database &m_db;
};

}  // namespace motcua

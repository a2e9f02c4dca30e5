#pragma once
// A kiosk's own record of the number blocks the hub leased it and of every
// ticket it issued from them, kept until the hub has them. A ticket is
// written here (fsync) before its number is shown, so a crash never reuses it.
#include <string>
#include <vector>

#include "kiosk/core/result.h"
#include "kiosk/queue/queue_types.h"
#include "kiosk/store/database.h"

namespace motcua::queue {

class LeaseStore {
public:
    explicit LeaseStore(Database &db);

    Status add(const Lease &lease);
    // Numbers still unused today for a service.
    Result<int> remaining(const std::string &day, const std::string &service);
    // Takes the next leased number, records the ticket as not yet synced.
    Result<Ticket> issue(const std::string &day, const Service &service, Priority priority, const std::string &kiosk,
                         int64_t issuedAtMs);
    Result<std::vector<Ticket>> unsynced(int limit = 500);
    Status markSynced(const std::vector<Ticket> &tickets);

private:
    Database &m_db;
};

}  // namespace motcua::queue

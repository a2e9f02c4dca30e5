#pragma once
// Runs work atomically: its own transaction, or a savepoint when the caller
// already opened one (the hub commits many requests in one fsync).
#include <functional>

#include "kiosk/store/database.h"

namespace motcua::queue {

Status atomically(Database &db, const std::function<Status()> &work);

}  // namespace motcua::queue

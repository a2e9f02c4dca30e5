#include "kiosk/queue/sql_atomic.h"

namespace motcua::queue {

Status atomically(Database &db, const std::function<Status()> &work)
{
    if (sqlite3_get_autocommit(db.handle()) != 0) {
        return db.transaction(work);
    }
    if (auto begun = db.execute("SAVEPOINT queue_op"); !begun) {
        return begun;
    }
    auto status = work();
    if (!status) {
        (void)db.execute("ROLLBACK TO queue_op");
    }
    (void)db.execute("RELEASE queue_op");
    return status;
}

}  // namespace motcua::queue

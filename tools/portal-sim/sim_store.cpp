#include "tools/portal-sim/sim_store.h"

#include <cstdio>

#include "kiosk/core/vietnam_time.h"

namespace motcua {
namespace {

constexpr const char *kSchema =
    "CREATE TABLE IF NOT EXISTS applications (receipt_number TEXT PRIMARY KEY, idempotency_key TEXT UNIQUE,"
    " body_hash TEXT NOT NULL, local_reference TEXT NOT NULL, kiosk_id TEXT NOT NULL, created_at INTEGER NOT NULL,"
    " fee_vnd INTEGER NOT NULL, expected_return_date TEXT NOT NULL, fixed_status TEXT NOT NULL DEFAULT '',"
    " reason TEXT NOT NULL DEFAULT '', by_post INTEGER NOT NULL DEFAULT 0, paid INTEGER NOT NULL DEFAULT 0,"
    " form TEXT NOT NULL DEFAULT '{}', photo_bytes INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE IF NOT EXISTS receipt_sequence (day TEXT PRIMARY KEY, last INTEGER NOT NULL);";

constexpr const char *kColumns =
    "receipt_number, coalesce(idempotency_key, ''), body_hash, local_reference, kiosk_id, created_at, fee_vnd,"
    " expected_return_date, fixed_status, reason, by_post, paid, form, photo_bytes";

StoredApplication readRow(const Statement &row)
{
    StoredApplication application;
    application.receiptNumber = row.columnText(0);
    application.idempotencyKey = row.columnText(1);
    application.bodyHash = row.columnText(2);
    application.localReference = row.columnText(3);
    application.kioskId = row.columnText(4);
    application.createdAtMs = row.columnInt(5);
    application.receipt.receiptNumber = application.receiptNumber;
    application.receipt.feeVnd = row.columnInt(6);
    application.receipt.expectedReturnDate = row.columnText(7);
    application.fixedStatus = row.columnText(8);
    application.reason = row.columnText(9);
    application.byPost = row.columnInt(10) != 0;
    application.paid = row.columnInt(11) != 0;
    application.formJson = row.columnText(12);
    application.photoBytes = row.columnInt(13);
    return application;
}

Result<std::optional<StoredApplication>> findOne(Database &db, const std::string &column, const std::string &value)
{
    auto statement = db.prepare(std::string("SELECT ") + kColumns + " FROM applications WHERE " + column + " = ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, value);
    auto row = statement->step();
    if (!row) {
        return unexpected(row.error());
    }
    if (!*row) {
        return std::optional<StoredApplication>();
    }
    return std::optional<StoredApplication>(readRow(*statement));
}

}  // namespace

Result<std::unique_ptr<SimStore>> SimStore::open(const std::filesystem::path &file)
{
    auto db = Database::open(file);
    if (!db) {
        return unexpected(db.error());
    }
    if (auto created = db->execute(kSchema); !created) {
        return unexpected(created.error());
    }
    return std::unique_ptr<SimStore>(new SimStore(std::move(*db)));
}

Result<std::optional<StoredApplication>> SimStore::findByKey(const std::string &idempotencyKey)
{
    std::lock_guard lock(m_mutex);
    return findOne(m_db, "idempotency_key", idempotencyKey);
}

Result<std::optional<StoredApplication>> SimStore::findByReceipt(const std::string &receiptNumber)
{
    std::lock_guard lock(m_mutex);
    return findOne(m_db, "receipt_number", receiptNumber);
}

Result<StoredApplication> SimStore::insert(StoredApplication application, const std::string &formJson,
                                           size_t photoBytes)
{
    std::lock_guard lock(m_mutex);
    auto status = m_db.transaction([&]() -> Status {
        const auto day = vietnamDayCode(std::chrono::system_clock::time_point(std::chrono::milliseconds(application.createdAtMs)));
        auto next = m_db.prepare("INSERT INTO receipt_sequence(day, last) VALUES(?1, 1) "
                                 "ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last");
        if (!next) {
            return unexpected(next.error());
        }
        next->bind(1, day);
        if (auto row = next->step(); !row || !*row) {
            return fail("sim.sequence", "cannot number the application");
        }
        char number[32];
        std::snprintf(number, sizeof number, "HN-%s-%06lld", day.c_str(), static_cast<long long>(next->columnInt(0)));
        application.receiptNumber = number;
        application.receipt.receiptNumber = number;
        auto insert = m_db.prepare(
            "INSERT INTO applications(receipt_number, idempotency_key, body_hash, local_reference, kiosk_id,"
            " created_at, fee_vnd, expected_return_date, by_post, form, photo_bytes) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
        if (!insert) {
            return unexpected(insert.error());
        }
        insert->bind(1, application.receiptNumber)
            .bind(2, application.idempotencyKey)
            .bind(3, application.bodyHash)
            .bind(4, application.localReference)
            .bind(5, application.kioskId)
            .bind(6, application.createdAtMs)
            .bind(7, application.receipt.feeVnd)
            .bind(8, application.receipt.expectedReturnDate)
            .bind(9, int64_t{application.byPost ? 1 : 0})
            .bind(10, formJson)
            .bind(11, static_cast<int64_t>(photoBytes));
        return insert->run();
    });
    if (!status) {
        return unexpected(status.error());
    }
    return application;
}

Status SimStore::markPaid(const std::string &receiptNumber)
{
    std::lock_guard lock(m_mutex);
    auto statement = m_db.prepare("UPDATE applications SET paid = 1 WHERE receipt_number = ?");
    if (!statement) {
        return unexpected(statement.error());
    }
    statement->bind(1, receiptNumber);
    return statement->run();
}

Result<std::vector<StoredApplication>> SimStore::all()
{
    std::lock_guard lock(m_mutex);
    return selectAll(m_db, std::string("SELECT ") + kColumns + " FROM applications ORDER BY created_at",
                     [](Statement &) {}, readRow);
}

void SimStore::seedDemoApplications(int64_t nowMs)
{
    // One application in every status, for demos, screenshots and the status-screen tests.
    struct Demo {
        const char *number;
        const char *status;
        const char *reason;
    };
    static constexpr Demo kDemos[] = {
        {"HN-DEMO-000001", "received", ""},
        {"HN-DEMO-000002", "processing", ""},
        {"HN-DEMO-000003", "needs_information",
         "Ảnh chân dung chưa đạt yêu cầu, đề nghị bổ sung ảnh mới chụp trong 6 tháng."},
        {"HN-DEMO-000004", "ready_for_pickup", ""},
        {"HN-DEMO-000005", "mailed", ""},
        {"HN-DEMO-000006", "returned", ""},
        {"HN-DEMO-000007", "rejected", "Thông tin nhân thân không khớp với Cơ sở dữ liệu quốc gia về dân cư."},
    };
    std::lock_guard lock(m_mutex);
    for (const auto &demo : kDemos) {
        auto statement = m_db.prepare(
            "INSERT OR IGNORE INTO applications(receipt_number, idempotency_key, body_hash, local_reference, kiosk_id,"
            " created_at, fee_vnd, expected_return_date, fixed_status, reason) VALUES(?, NULL, '', '', 'demo', ?,"
            " 200000, '2026-12-04', ?, ?)");
        if (statement) {
            statement->bind(1, std::string(demo.number)).bind(2, nowMs).bind(3, std::string(demo.status));
            statement->bind(4, std::string(demo.reason));
            (void)statement->run();
        }
    }
}

}  // namespace motcua

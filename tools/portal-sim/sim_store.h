#pragma once
// The simulator's state in SQLite: every application it accepted, with the
// idempotency key that makes resends harmless.
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/portal/portal_types.h"
#include "kiosk/store/database.h"

namespace motcua {

struct StoredApplication {
    std::string receiptNumber;
    std::string idempotencyKey;
    std::string bodyHash;
    std::string localReference;
    std::string kioskId;
    int64_t createdAtMs = 0;
    SubmissionReceipt receipt;
    std::string fixedStatus;  // demo entries keep one status
    std::string reason;
    bool byPost = false;
    bool paid = false;
    std::string formJson;  // the declaration's answers as received
    int64_t photoBytes = 0;
};

class SimStore {
public:
    static Result<std::unique_ptr<SimStore>> open(const std::filesystem::path &file);

    Result<std::optional<StoredApplication>> findByKey(const std::string &idempotencyKey);
    Result<std::optional<StoredApplication>> findByReceipt(const std::string &receiptNumber);
    // Allocates the next receipt number of the day and stores the application.
    Result<StoredApplication> insert(StoredApplication application, const std::string &formJson, size_t photoBytes);
    Status markPaid(const std::string &receiptNumber);
    Result<std::vector<StoredApplication>> all();
    void seedDemoApplications(int64_t nowMs);

private:
    explicit SimStore(Database db) : m_db(std::move(db)) {}
    std::mutex m_mutex;
    Database m_db;
};

}  // namespace motcua

#pragma once
// Every ticket and receipt is written to SQLite before it is printed, and its
// outcome after: a failed print never loses the receipt, and a citizen (once)
// or a guide (any number of times) can print it again. Table `print_jobs`,
// migration 5. A receipt carries the applicant's shortened name: `content` is
// sealed with the data key (kiosk/privacy) before it touches the file, and
// jobs are purged after [privacy] keep_print_jobs_hours.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/result.h"
#include "kiosk/privacy/data_key.h"
#include "kiosk/store/database.h"

namespace motcua {

enum class PrintJobState { Pending, Printed, Failed };

struct PrintJobRecord {
    int64_t id = 0;
    std::string kind;       // "ticket" | "receipt"
    std::string reference;  // ticket number or receipt reference
    std::string content;    // JSON (print_content_json.h); empty when it cannot be opened (no or wrong key)
    PrintJobState state = PrintJobState::Pending;
    int attempts = 0;
    int citizenReprints = 0;
    std::string lastError;  // problem code of the last failure
    int cupsJobId = 0;
    int64_t createdAt = 0;
};

class PrintJobStore {
public:
    // The key at defaultDataKeyLocation() of the database's directory.
    explicit PrintJobStore(Database &db);
    PrintJobStore(Database &db, DataKeyLocation key);

    Result<int64_t> add(const std::string &kind, const std::string &reference, const std::string &content,
                        std::chrono::system_clock::time_point at);
    Status markPrinted(int64_t id, int cupsJobId, std::chrono::system_clock::time_point at);
    Status markFailed(int64_t id, const std::string &problemCode, std::chrono::system_clock::time_point at);
    Status countCitizenReprint(int64_t id);

    Result<std::optional<PrintJobRecord>> find(int64_t id);
    // The newest job for a reference (a receipt is reprinted under the same reference).
    Result<std::optional<PrintJobRecord>> findByReference(const std::string &kind, const std::string &reference);
    // Jobs whose last attempt failed or never finished, oldest first: the guide's reprint list.
    Result<std::vector<PrintJobRecord>> unprinted();
    // Deletes every job last touched before `before` (retention); returns how many.
    Result<int64_t> purgeOlderThan(std::chrono::system_clock::time_point before);

private:
    Result<std::vector<PrintJobRecord>> query(const std::string &where, const std::vector<std::string> &binds);
    Result<const DataKey *> key();

    Database &m_db;
    DataKeyLocation m_keyLocation;
    std::optional<DataKey> m_key;
};

const char *toString(PrintJobState state);

}  // namespace motcua

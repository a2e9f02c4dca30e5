#pragma once
// The crash-safe outbox: an application is written here in one transaction
// (WAL, synchronous FULL) before anything is sent, and leaves only when the
// portal has accepted it. After acceptance the citizen's data is deleted and
// only what the receipt needs is kept.
//
// The payload (form JSON and photo) and the receipt summary are sealed with the data key before it
// touches the file (see kiosk/privacy): without the key, the file shows only
// references, states and error codes. The key is loaded on first use; a
// missing or wrong key is an error value from enqueue/due/payload, and the
// outbox listing still works without it.
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/privacy/data_key.h"
#include "kiosk/store/database.h"

namespace motcua {

enum class OutboxState { Pending, Accepted, Failed };
const char *outboxStateName(OutboxState state);

struct OutboxEntry {
    std::string localRef;  // printed for the citizen until the receipt number exists
    std::string idempotencyKey;
    std::string procedure;
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    int64_t createdAtMs = 0;
    int64_t nextAttemptAtMs = 0;
    std::string lastError;  // an error code, never data
    std::string receiptNumber;
    int64_t feeVnd = 0;
    std::string expectedReturnDate;
    std::string summaryJson;  // receipt fields: shortened name, procedure, fee …
};

struct OutboxAcceptance {
    std::string receiptNumber;
    int64_t feeVnd = 0;
    std::string expectedReturnDate;
};

class OutboxStore {
public:
    // The key at defaultDataKeyLocation() of the database's directory.
    explicit OutboxStore(Database &db);
    OutboxStore(Database &db, DataKeyLocation key);

    // Stores a new application; returns its entry with a fresh local
    // reference (PREFIX-YYMMDD-NNNN, never repeated) and idempotency key.
    // `payloadFor` builds the payload once the reference is known.
    Result<OutboxEntry> enqueue(const std::string &refPrefix, const std::string &procedure,
                                const std::function<std::string(const OutboxEntry &)> &payloadFor,
                                const std::string &summaryJson, std::chrono::system_clock::time_point now);

    Result<std::vector<OutboxEntry>> due(int64_t nowMs, int limit);
    Result<std::string> payload(const std::string &localRef);
    Result<std::optional<OutboxEntry>> find(const std::string &localRef);
    Result<std::vector<OutboxEntry>> list(int limit = 1000);
    Result<int64_t> pendingCount();

    Status markAccepted(const std::string &localRef, const OutboxAcceptance &acceptance, int64_t nowMs);
    Status markRetry(const std::string &localRef, const std::string &errorCode, int64_t nextAttemptAtMs);
    Status markFailed(const std::string &localRef, const std::string &errorCode);
    // Puts failed or waiting entries back in line now; an empty ref means all.
    Result<int64_t> retryNow(const std::string &localRef, int64_t nowMs);
    // Deletes accepted entries accepted before `beforeMs`, or one entry by ref.
    Result<int64_t> purgeAccepted(int64_t beforeMs);
    Result<int64_t> purge(const std::string &localRef);

    // Retention ([privacy] in the configuration, docs/privacy.md). Both keep the row
    // (reference, state, receipt number) and drop what is personal.
    // Accepted before `acceptedBeforeMs`: payload and receipt summary deleted.
    Result<int64_t> forgetAccepted(int64_t acceptedBeforeMs);
    // Never accepted and created before `createdBeforeMs`: payload and summary
    // deleted, the entry marked failed with privacy.retention_expired. `onForgotten`
    // runs for each inside the same transaction (the audit entry); its failure rolls back.
    Result<std::vector<std::string>> forgetUnsent(int64_t createdBeforeMs,
                                                  const std::function<Status(const std::string &)> &onForgotten);

    // Loads and checks the key, and seals any payload still stored in clear
    // (rows written before encryption existed). Every call that reads or
    // writes a payload does this first; exposed for `motcua doctor`-style checks.
    Status ready();

private:
    const DataKey *keyIfAvailable();
    Status checkKeyMatchesDatabase(const DataKey &key);
    Status sealClearPayloads(const DataKey &key);

    Database &m_db;
    DataKeyLocation m_keyLocation;
    std::optional<DataKey> m_key;
};

}  // namespace motcua

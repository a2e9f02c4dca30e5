#pragma once
// The hash chain of the audit log, independent of storage: each row's hash is
// SHA-256 over the previous row's hash and the row's canonical form, so
// changing, removing or reordering a row breaks every link after it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace motcua {

struct AuditRecord {
    int64_t seq = 0;  // 1, 2, 3 … without gaps
    int64_t atMs = 0;  // wall clock, ms since the epoch
    std::string event;  // auditEventName()
    std::string actor;  // guide account name, "cli:<user>", "kiosk"; never a citizen
    std::string detail;  // a reference or code, never personal data
    std::string prevHash;  // hex
    std::string hash;  // hex
};

// 64 zeros: what the first row links to.
const std::string &auditGenesisHash();

// Length-prefixed fields, so no field's content can imitate a boundary.
std::string auditCanonicalForm(const AuditRecord &record);
// hex(SHA-256(prevHash || canonical form)).
std::string auditRowHash(const AuditRecord &record);

struct AuditProblem {
    int64_t seq = 0;
    std::string kind;  // "changed", "missing", "relinked", "truncated"
    std::string message;
};

struct AuditHead {
    int64_t seq = 0;
    std::string hash;
};

struct AuditVerification {
    int64_t rows = 0;
    AuditHead head;  // the last row's seq and hash
    std::vector<AuditProblem> problems;
    bool intact() const { return problems.empty(); }
};

// Checks records in seq order; `anchor` is the head recorded at the last
// append (catches rows deleted from the end, which leave no gap).
AuditVerification verifyAuditChain(const std::vector<AuditRecord> &records, const std::optional<AuditHead> &anchor);

}  // namespace motcua

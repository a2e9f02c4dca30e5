#include "kiosk/audit/audit_chain.h"

#include <sodium.h>

#include "kiosk/privacy/sodium_init.h"

namespace motcua {
namespace {

void appendField(std::string &out, const std::string &field)
{
    out += std::to_string(field.size());
    out += ':';
    out += field;
    out += '\n';
}

std::string range(int64_t first, int64_t last)
{
    return first == last ? "row " + std::to_string(first)
                         : "rows " + std::to_string(first) + "–" + std::to_string(last);
}

}  // namespace

const std::string &auditGenesisHash()
{
    static const std::string genesis(64, '0');
    return genesis;
}

std::string auditCanonicalForm(const AuditRecord &record)
{
    std::string out = "motcua-audit-v1\n";
    appendField(out, std::to_string(record.seq));
    appendField(out, std::to_string(record.atMs));
    appendField(out, record.event);
    appendField(out, record.actor);
    appendField(out, record.detail);
    return out;
}

std::string auditRowHash(const AuditRecord &record)
{
    (void)ensureSodium();
    const std::string canonical = auditCanonicalForm(record);
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(record.prevHash.data()),
                              record.prevHash.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(canonical.data()), canonical.size());
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

AuditVerification verifyAuditChain(const std::vector<AuditRecord> &records, const std::optional<AuditHead> &anchor)
{
    AuditVerification result;
    int64_t expectedSeq = 1;
    std::string previousHash = auditGenesisHash();
    for (const auto &record : records) {
        ++result.rows;
        bool gap = false;
        if (record.seq > expectedSeq) {
            gap = true;
            result.problems.push_back({expectedSeq, "missing", range(expectedSeq, record.seq - 1) + " deleted"});
        }
        if (!gap && record.prevHash != previousHash) {
            result.problems.push_back({record.seq, "relinked",
                                       "row " + std::to_string(record.seq) + " does not link to the row before it"
                                       " (that row was changed, or this one was)"});
        }
        if (auditRowHash(record) != record.hash) {
            result.problems.push_back({record.seq, "changed", "row " + std::to_string(record.seq) +
                                                                  " was changed after it was written"});
        }
        previousHash = record.hash;
        expectedSeq = record.seq + 1;
        result.head = {record.seq, record.hash};
    }
    if (anchor) {
        if (anchor->seq > result.head.seq) {
            result.problems.push_back({result.head.seq + 1, "truncated",
                                       range(result.head.seq + 1, anchor->seq) + " deleted from the end"});
        } else if (anchor->seq < result.head.seq) {
            result.problems.push_back({anchor->seq + 1, "inserted",
                                       range(anchor->seq + 1, result.head.seq) + " added outside motcua"});
        } else if (anchor->hash != result.head.hash) {
            result.problems.push_back({anchor->seq, "changed", "row " + std::to_string(anchor->seq) +
                                                                   " differs from the head recorded when it was written"});
        }
    }
    return result;
}

}  // namespace motcua

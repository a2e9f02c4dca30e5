#pragma once
// PINs are stored only as libsodium crypto_pwhash_str hashes: argon2id with a
// random salt, the cost parameters inside the string ("$argon2id$v=19$m=…").
#include <cstddef>
#include <string>
#include <string_view>

#include "kiosk/core/result.h"

namespace motcua {

struct PinHashCost {
    unsigned long long opsLimit;
    size_t memLimit;
    // crypto_pwhash_OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (2 passes, 64 MiB): the production cost.
    static PinHashCost interactive();
    // The smallest argon2id allows; only for tests, which hash many PINs.
    static PinHashCost minimum();
};

Result<std::string> hashPin(std::string_view pin, PinHashCost cost);
bool verifyPin(const std::string &hash, std::string_view pin);
// True when `hash` was made with other parameters than `cost` (re-hash on the next good login).
bool pinHashNeedsUpgrade(const std::string &hash, PinHashCost cost);

}  // namespace motcua

#include "kiosk/guide/pin_hash.h"

#include <sodium.h>

#include "kiosk/privacy/sodium_init.h"

namespace motcua {

PinHashCost PinHashCost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PinHashCost PinHashCost::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<std::string> hashPin(std::string_view pin, PinHashCost cost)
{
    if (auto ready = ensureSodium(); !ready) {
        return unexpected(ready.error());
    }
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pin.data(), pin.size(), cost.opsLimit, cost.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return fail("guide.hash", "the PIN could not be hashed (out of memory?)");
    }
    return std::string(out);
}

bool verifyPin(const std::string &hash, std::string_view pin)
{
    if (!ensureSodium()) {
        return false;
    }
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

bool pinHashNeedsUpgrade(const std::string &hash, PinHashCost cost)
{
    return crypto_pwhash_str_needs_rehash(hash.c_str(), cost.opsLimit, cost.memLimit) != 0;
}

}  // namespace motcua

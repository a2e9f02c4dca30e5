#pragma once
// Sealing a payload of personal data for storage: XChaCha20-Poly1305 (libsodium
// crypto_aead_xchacha20poly1305_ietf) under the data key, a random 192-bit
// nonce per payload, and the row's reference as associated data so a sealed
// payload cannot be moved to another row unnoticed.
// Layout: "mcp1" | nonce (24 bytes) | ciphertext | tag (16 bytes).
#include <string>
#include <string_view>

#include "kiosk/core/result.h"
#include "kiosk/privacy/data_key.h"

namespace motcua {

bool isSealedPayload(std::string_view stored);

Result<std::string> sealPayload(const DataKey &key, std::string_view plain, std::string_view context);

// Errors: privacy.not_sealed, privacy.open_failed (wrong key, other row, or damaged).
Result<std::string> openPayload(const DataKey &key, std::string_view sealed, std::string_view context);

}  // namespace motcua

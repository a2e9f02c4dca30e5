#pragma once
// Remote commands for one kiosk, signed by a technician's Ed25519 key
// (libsodium crypto_sign). The envelope carries the command as the exact
// bytes that were signed, so nothing is re-serialised before checking:
//   {"v":1,"key":"<hex public key>","command":"<JSON text>","sig":"<hex signature>"}
// command: {"action":"out_of_service"|"back_in_service","site","kiosk","message","issued_at","nonce"}.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/core/result.h"

namespace motcua {

enum class FleetAction { OutOfService, BackInService };
const char *fleetActionName(FleetAction action);

struct FleetCommand {
    FleetAction action = FleetAction::OutOfService;
    std::string site;
    std::string kiosk;
    std::string message;  // what the citizen reads while out of service
    int64_t issuedAt = 0;  // unix seconds
    std::string nonce;  // 32 hex digits, random
    std::string keyId;  // first 8 hex digits of the signer's public key (set by verification)
};

struct SigningKey {
    std::string publicKey;  // raw bytes
    std::string secretKey;
};

// A fresh key pair. Files: the secret key as hex (mode 0600), the public key as hex.
Result<SigningKey> generateSigningKey();
Status writeSigningKey(const SigningKey &key, const std::filesystem::path &secretFile,
                       const std::filesystem::path &publicFile);
Result<SigningKey> readSigningKey(const std::filesystem::path &secretFile);
// Trusted public keys: one hex key per line; '#' starts a comment, text after the key is a label.
Result<std::vector<std::string>> readTrustedKeys(const std::filesystem::path &file);
std::string keyIdOf(const std::string &publicKey);

// A new command with a random nonce issued at `now`.
FleetCommand makeFleetCommand(FleetAction action, std::string site, std::string kiosk, std::string message,
                              std::chrono::system_clock::time_point now);
std::string signFleetCommand(const FleetCommand &command, const SigningKey &key);

// Checks key, signature, addressee and time window; replays are the caller's (FleetCommandLedger).
// Error codes: fleet.bad_envelope, fleet.unknown_key, fleet.bad_signature, fleet.bad_command,
// fleet.wrong_kiosk, fleet.stale.
Result<FleetCommand> verifyFleetCommand(const std::string &envelope, const std::vector<std::string> &trustedKeys,
                                        const std::string &site, const std::string &kiosk,
                                        std::chrono::system_clock::time_point now, std::chrono::seconds window);

}  // namespace motcua

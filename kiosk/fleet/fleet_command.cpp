#include "kiosk/fleet/fleet_command.h"

#include <sodium.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kiosk/privacy/sodium_init.h"

namespace motcua {
namespace {

using Json = nlohmann::json;

std::string toHex(const std::string &bytes)
{
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    hex.pop_back();
    return hex;
}

std::optional<std::string> fromHex(const std::string &hex, size_t expectedBytes)
{
    std::string bytes(expectedBytes, '\0');
    size_t length = 0;
    if (hex.size() != expectedBytes * 2 ||
        sodium_hex2bin(reinterpret_cast<unsigned char *>(bytes.data()), bytes.size(), hex.data(), hex.size(),
                       nullptr, &length, nullptr) != 0 ||
        length != expectedBytes) {
        return std::nullopt;
    }
    return bytes;
}

Result<std::string> readFirstWord(const std::filesystem::path &file)
{
    std::ifstream in(file);
    if (!in) {
        return fail("fleet.key_unreadable", "cannot read key file " + file.string());
    }
    std::string word;
    in >> word;
    return word;
}

std::optional<FleetAction> actionFromName(const std::string &name)
{
    if (name == "out_of_service") {
        return FleetAction::OutOfService;
    }
    if (name == "back_in_service") {
        return FleetAction::BackInService;
    }
    return std::nullopt;
}

}  // namespace

const char *fleetActionName(FleetAction action)
{
    return action == FleetAction::OutOfService ? "out_of_service" : "back_in_service";
}

Result<SigningKey> generateSigningKey()
{
    if (auto ready = ensureSodium(); !ready) {
        return unexpected(ready.error());
    }
    SigningKey key{std::string(crypto_sign_PUBLICKEYBYTES, '\0'), std::string(crypto_sign_SECRETKEYBYTES, '\0')};
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.publicKey.data()),
                        reinterpret_cast<unsigned char *>(key.secretKey.data()));
    return key;
}

Status writeSigningKey(const SigningKey &key, const std::filesystem::path &secretFile,
                       const std::filesystem::path &publicFile)
{
    std::error_code error;
    if (std::filesystem::exists(secretFile, error)) {
        return fail("fleet.key_exists", secretFile.string() + " exists; not overwriting a key");
    }
    {
        const auto old = ::umask(077);  // the secret key is never readable by others, not even briefly
        std::ofstream out(secretFile);
        ::umask(old);
        if (!(out << toHex(key.secretKey) << "\n")) {
            return fail("fleet.key_write", "cannot write " + secretFile.string());
        }
    }
    std::ofstream pub(publicFile);
    if (!(pub << toHex(key.publicKey) << "  # motcua fleet key " << keyIdOf(key.publicKey) << "\n")) {
        return fail("fleet.key_write", "cannot write " + publicFile.string());
    }
    return {};
}

Result<SigningKey> readSigningKey(const std::filesystem::path &secretFile)
{
    auto word = readFirstWord(secretFile);
    if (!word) {
        return unexpected(word.error());
    }
    auto secret = fromHex(*word, crypto_sign_SECRETKEYBYTES);
    if (!secret) {
        return fail("fleet.key_invalid", secretFile.string() + " does not hold an Ed25519 secret key");
    }
    // libsodium's secret key ends with the public key.
    return SigningKey{secret->substr(crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES), *secret};
}

Result<std::vector<std::string>> readTrustedKeys(const std::filesystem::path &file)
{
    std::ifstream in(file);
    if (!in) {
        return fail("fleet.keys_unreadable", "cannot read command keys " + file.string());
    }
    std::vector<std::string> keys;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        std::istringstream words(line.substr(0, line.find('#')));
        std::string hex;
        if (!(words >> hex)) {
            continue;
        }
        auto key = fromHex(hex, crypto_sign_PUBLICKEYBYTES);
        if (!key) {
            return fail("fleet.keys_invalid", file.string() + ":" + std::to_string(number) +
                                                  ": not an Ed25519 public key in hex");
        }
        keys.push_back(*key);
    }
    return keys;
}

std::string keyIdOf(const std::string &publicKey)
{
    return toHex(publicKey).substr(0, 8);
}

FleetCommand makeFleetCommand(FleetAction action, std::string site, std::string kiosk, std::string message,
                              std::chrono::system_clock::time_point now)
{
    (void)ensureSodium();
    std::string nonce(16, '\0');
    randombytes_buf(nonce.data(), nonce.size());
    return {action, std::move(site), std::move(kiosk), std::move(message),
            std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count(), toHex(nonce), {}};
}

std::string signFleetCommand(const FleetCommand &command, const SigningKey &key)
{
    const std::string text = Json{{"action", fleetActionName(command.action)},
                                  {"site", command.site},
                                  {"kiosk", command.kiosk},
                                  {"message", command.message},
                                  {"issued_at", command.issuedAt},
                                  {"nonce", command.nonce}}
                                 .dump();
    std::string signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(text.data()), text.size(),
                         reinterpret_cast<const unsigned char *>(key.secretKey.data()));
    return Json{{"v", 1}, {"key", toHex(key.publicKey)}, {"command", text}, {"sig", toHex(signature)}}.dump();
}

Result<FleetCommand> verifyFleetCommand(const std::string &envelope, const std::vector<std::string> &trustedKeys,
                                        const std::string &site, const std::string &kiosk,
                                        std::chrono::system_clock::time_point now, std::chrono::seconds window)
{
    if (auto ready = ensureSodium(); !ready) {
        return unexpected(ready.error());
    }
    const auto outer = Json::parse(envelope, nullptr, false);
    if (outer.is_discarded() || !outer.is_object() || !outer["key"].is_string() || !outer["command"].is_string() ||
        !outer["sig"].is_string()) {
        return fail("fleet.bad_envelope", "not a signed fleet command");
    }
    const auto key = fromHex(outer["key"].get<std::string>(), crypto_sign_PUBLICKEYBYTES);
    if (!key || std::find(trustedKeys.begin(), trustedKeys.end(), *key) == trustedKeys.end()) {
        return fail("fleet.unknown_key", "signed by a key this kiosk does not trust");
    }
    const auto signature = fromHex(outer["sig"].get<std::string>(), crypto_sign_BYTES);
    const auto text = outer["command"].get<std::string>();
    if (!signature ||
        crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature->data()),
                                    reinterpret_cast<const unsigned char *>(text.data()), text.size(),
                                    reinterpret_cast<const unsigned char *>(key->data())) != 0) {
        return fail("fleet.bad_signature", "the signature does not match the command");
    }
    const auto inner = Json::parse(text, nullptr, false);
    const auto action = inner.is_object() ? actionFromName(inner.value("action", "")) : std::nullopt;
    if (!action || !inner["issued_at"].is_number_integer() || !inner["nonce"].is_string() ||
        inner["nonce"].get<std::string>().size() != 32) {
        return fail("fleet.bad_command", "the command is malformed");
    }
    FleetCommand command{*action, inner.value("site", ""), inner.value("kiosk", ""), inner.value("message", ""),
                         inner["issued_at"].get<int64_t>(), inner["nonce"].get<std::string>(), keyIdOf(*key)};
    if (command.site != site || command.kiosk != kiosk) {
        return fail("fleet.wrong_kiosk", "the command is for another kiosk");
    }
    const auto nowSeconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    if (std::llabs(nowSeconds - command.issuedAt) > window.count()) {
        return fail("fleet.stale", "the command was issued outside the accepted time window");
    }
    return command;
}

}  // namespace motcua

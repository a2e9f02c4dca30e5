// Signed remote commands: a good signature from a trusted key passes; a forged,
// tampered, foreign, stale or replayed command is refused with its own code.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "kiosk/fleet/fleet_command.h"
#include "kiosk/fleet/fleet_command_ledger.h"
#include "kiosk/store/migrations.h"

using namespace motcua;
using namespace std::chrono;

namespace {

const auto kNow = system_clock::time_point(seconds(1'800'000'000));

struct Signed {
    SigningKey key = *generateSigningKey();
    FleetCommand command = makeFleetCommand(FleetAction::OutOfService, "hn-cn1", "kiosk-02", "Bảo trì máy in", kNow);
    std::string envelope = signFleetCommand(command, key);
};

Result<FleetCommand> verify(const std::string &envelope, const std::vector<std::string> &keys,
                            system_clock::time_point now = kNow)
{
    return verifyFleetCommand(envelope, keys, "hn-cn1", "kiosk-02", now, seconds(300));
}

}  // namespace

TEST(FleetCommand, TrustedSignaturePasses)
{
    Signed s;
    auto command = verify(s.envelope, {s.key.publicKey});
    ASSERT_TRUE(command) << command.error().code;
    EXPECT_EQ(command->action, FleetAction::OutOfService);
    EXPECT_EQ(command->message, "Bảo trì máy in");
    EXPECT_EQ(command->nonce, s.command.nonce);
    EXPECT_EQ(command->keyId, keyIdOf(s.key.publicKey));
}

TEST(FleetCommand, KeyNotTrustedIsRefused)
{
    Signed s;
    const auto other = *generateSigningKey();
    EXPECT_EQ(verify(s.envelope, {other.publicKey}).error().code, "fleet.unknown_key");
    EXPECT_EQ(verify(s.envelope, {}).error().code, "fleet.unknown_key");
}

TEST(FleetCommand, TamperedCommandIsRefused)
{
    Signed s;
    auto envelope = nlohmann::json::parse(s.envelope);
    auto text = envelope["command"].get<std::string>();
    text.replace(text.find("out_of_service"), 14, "back_in_service");
    envelope["command"] = text;
    EXPECT_EQ(verify(envelope.dump(), {s.key.publicKey}).error().code, "fleet.bad_signature");
}

TEST(FleetCommand, ForgedSignatureWithTrustedKeyNameIsRefused)
{
    Signed s;
    const auto forger = *generateSigningKey();
    auto forged = nlohmann::json::parse(signFleetCommand(s.command, forger));
    forged["key"] = nlohmann::json::parse(s.envelope)["key"];  // claims to be the trusted key
    EXPECT_EQ(verify(forged.dump(), {s.key.publicKey}).error().code, "fleet.bad_signature");
}

TEST(FleetCommand, OtherKioskAndOldCommandsAreRefused)
{
    Signed s;
    EXPECT_EQ(verifyFleetCommand(s.envelope, {s.key.publicKey}, "hn-cn1", "kiosk-01", kNow, seconds(300))
                  .error()
                  .code,
              "fleet.wrong_kiosk");
    EXPECT_EQ(verify(s.envelope, {s.key.publicKey}, kNow + seconds(301)).error().code, "fleet.stale");
    EXPECT_EQ(verify(s.envelope, {s.key.publicKey}, kNow - seconds(301)).error().code, "fleet.stale");
    EXPECT_EQ(verify("not json", {s.key.publicKey}).error().code, "fleet.bad_envelope");
}

TEST(FleetCommand, LedgerRefusesReplays)
{
    auto db = Database::openInMemory();
    ASSERT_TRUE(db);
    ASSERT_TRUE(migrate(*db));
    FleetCommandLedger ledger(*db);
    Signed s;
    ASSERT_TRUE(ledger.record(s.command, 1));
    EXPECT_EQ(ledger.record(s.command, 2).error().code, "fleet.replayed");
    Signed fresh;
    EXPECT_TRUE(ledger.record(fresh.command, 3));
    EXPECT_EQ(*ledger.forgetBefore(s.command.issuedAt + 1), 2);
}

TEST(FleetCommand, KeyFilesRoundTrip)
{
    const auto dir = std::filesystem::temp_directory_path() / ("fleet-keys-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto key = *generateSigningKey();
    ASSERT_TRUE(writeSigningKey(key, dir / "tech.key", dir / "tech.key.pub"));
    EXPECT_EQ(std::filesystem::status(dir / "tech.key").permissions() & std::filesystem::perms::others_read,
              std::filesystem::perms::none);
    EXPECT_EQ(writeSigningKey(key, dir / "tech.key", dir / "x.pub").error().code, "fleet.key_exists");
    auto read = readSigningKey(dir / "tech.key");
    ASSERT_TRUE(read);
    EXPECT_EQ(read->publicKey, key.publicKey);
    std::ofstream(dir / "tech.key.pub", std::ios::app) << "# a comment line\n\n";
    auto trusted = readTrustedKeys(dir / "tech.key.pub");
    ASSERT_TRUE(trusted);
    ASSERT_EQ(trusted->size(), 1u);
    EXPECT_EQ(trusted->front(), key.publicKey);
    std::ofstream(dir / "bad.pub") << "abcd\n";
    EXPECT_EQ(readTrustedKeys(dir / "bad.pub").error().code, "fleet.keys_invalid");
    std::filesystem::remove_all(dir);
}

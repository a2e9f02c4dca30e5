// The outbox on disk: personal data only ever sealed, a wrong or missing key
// an error value, rows from before encryption sealed on first use.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "kiosk/privacy/data_key.h"
#include "kiosk/store/migrations.h"
#include "kiosk/store/outbox_store.h"

using namespace motcua;
namespace fs = std::filesystem;

namespace {

const std::string kName = "NGUYỄN THỊ MINH KHAI";
const std::string kIdNumber = "001190012345";
const std::string kPhotoMarker = "JFIF-sample-photo-bytes";

std::string payloadFor(const OutboxEntry &entry)
{
    return R"({"local_ref":")" + entry.localRef + R"(","answers":{"full_name":")" + kName +
           R"(","id_number":")" + kIdNumber + R"("},"photo":")" + kPhotoMarker + R"("})";
}

std::string fileBytes(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class OutboxEncryption : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() /
                ("motcua-outbox-crypt-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path dbFile() const { return m_dir / "motcua.sqlite"; }
    DataKeyLocation key(const std::string &name = "data.key") const { return {m_dir / name, true}; }

    // Every byte SQLite has written: the database, its WAL and shared memory.
    void expectNoClearPersonalData()
    {
        for (const auto *suffix : {"", "-wal", "-shm", "-journal"}) {
            const fs::path file = dbFile().string() + suffix;
            if (!fs::exists(file)) {
                continue;
            }
            const auto bytes = fileBytes(file);
            EXPECT_EQ(bytes.find(kName), std::string::npos) << file;
            EXPECT_EQ(bytes.find(kIdNumber), std::string::npos) << file;
            EXPECT_EQ(bytes.find(kPhotoMarker), std::string::npos) << file;
            EXPECT_EQ(bytes.find("MINH KHAI"), std::string::npos) << file;
        }
    }

    fs::path m_dir;
};

std::chrono::system_clock::time_point someDay()
{
    return std::chrono::system_clock::time_point(std::chrono::seconds(1'760'000'000));
}

}  // namespace

TEST_F(OutboxEncryption, DatabaseAndWalHoldNoClearPersonalData)
{
    auto db = openStore(dbFile());
    ASSERT_TRUE(db.has_value()) << db.error().message;
    OutboxStore store(*db, key());
    const std::string summary = R"({"applicant_short":"NGUYỄN T. MINH KHAI"})";
    auto entry = store.enqueue("K01", "passport.ordinary", payloadFor, summary, someDay());
    ASSERT_TRUE(entry.has_value()) << entry.error().message;

    // While the kiosk runs: the fresh rows are still in the WAL.
    ASSERT_TRUE(fs::exists(dbFile().string() + "-wal"));
    expectNoClearPersonalData();

    auto payload = store.payload(entry->localRef);
    ASSERT_TRUE(payload.has_value()) << payload.error().message;
    EXPECT_EQ(*payload, payloadFor(*entry));
    auto found = store.find(entry->localRef);
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ((*found)->summaryJson, summary);

    // After a checkpoint the pages are in the database file itself.
    ASSERT_TRUE(db->execute("PRAGMA wal_checkpoint(TRUNCATE)").has_value());
    expectNoClearPersonalData();
}

TEST_F(OutboxEncryption, KeyFileIsCreatedPrivateAndReused)
{
    auto db = openStore(dbFile());
    ASSERT_TRUE(db.has_value());
    std::string ref;
    {
        OutboxStore store(*db);  // the default: DATA_DIR/data.key on a development machine
        auto entry = store.enqueue("K01", "passport.ordinary", payloadFor, "{}", someDay());
        ASSERT_TRUE(entry.has_value()) << entry.error().message;
        ref = entry->localRef;
    }
    struct stat info {};
    ASSERT_EQ(::stat((m_dir / "data.key").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    EXPECT_EQ(info.st_size, 32);

    OutboxStore again(*db);
    auto payload = again.payload(ref);
    ASSERT_TRUE(payload.has_value()) << payload.error().message;
    EXPECT_NE(payload->find(kIdNumber), std::string::npos);
}

TEST_F(OutboxEncryption, WrongKeyIsAClearErrorAndListingStillWorks)
{
    auto db = openStore(dbFile());
    ASSERT_TRUE(db.has_value());
    OutboxStore store(*db, key("right.key"));
    auto entry = store.enqueue("K01", "passport.ordinary", payloadFor, R"({"applicant_short":"N. T. M. KHAI"})",
                               someDay());
    ASSERT_TRUE(entry.has_value());

    OutboxStore thief(*db, key("other.key"));
    auto payload = thief.payload(entry->localRef);
    ASSERT_FALSE(payload.has_value());
    EXPECT_EQ(payload.error().code, "privacy.key_wrong");
    auto due = thief.due(entry->createdAtMs + 1, 10);
    ASSERT_FALSE(due.has_value());
    EXPECT_EQ(due.error().code, "privacy.key_wrong");
    auto refused = thief.enqueue("K01", "passport.ordinary", payloadFor, "{}", someDay());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, "privacy.key_wrong");

    // References and states remain visible to the technician; the summary does not.
    auto listed = thief.list();
    ASSERT_TRUE(listed.has_value());
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(listed->front().localRef, entry->localRef);
    EXPECT_EQ(listed->front().summaryJson, "{}");
}

TEST_F(OutboxEncryption, MissingKeyWritesNothing)
{
    auto db = openStore(dbFile());
    ASSERT_TRUE(db.has_value());
    OutboxStore store(*db, DataKeyLocation{m_dir / "absent.key", false});
    auto entry = store.enqueue("K01", "passport.ordinary", payloadFor, "{}", someDay());
    ASSERT_FALSE(entry.has_value());
    EXPECT_EQ(entry.error().code, "privacy.key_missing");
    EXPECT_NE(entry.error().message.find("absent.key"), std::string::npos);
    EXPECT_EQ(store.pendingCount().value_or(-1), 0);
    EXPECT_FALSE(fs::exists(m_dir / "absent.key"));
}

TEST_F(OutboxEncryption, ClearRowsFromAnOlderBuildAreSealedOnFirstUse)
{
    {
        auto db = openStore(dbFile());
        ASSERT_TRUE(db.has_value());
        // What a build before encryption wrote.
        ASSERT_TRUE(db->execute("INSERT INTO outbox(local_ref, idempotency_key, procedure, created_at, payload,"
                                " next_attempt_at, summary) VALUES('K01-251009-0001', 'k1', 'passport.ordinary', 1,"
                                " '{\"full_name\":\"" + kName + "\",\"id_number\":\"" + kIdNumber +
                                "\"}', 1, '{\"applicant_short\":\"MINH KHAI\"}')")
                        .has_value());
        ASSERT_TRUE(db->execute("PRAGMA wal_checkpoint(TRUNCATE)").has_value());
        EXPECT_NE(fileBytes(dbFile()).find(kIdNumber), std::string::npos);  // the test sees the old state
    }
    auto db = openStore(dbFile());
    ASSERT_TRUE(db.has_value());
    OutboxStore store(*db, key());
    auto payload = store.payload("K01-251009-0001");
    ASSERT_TRUE(payload.has_value()) << payload.error().message;
    EXPECT_NE(payload->find(kIdNumber), std::string::npos);
    auto found = store.find("K01-251009-0001");
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ((*found)->summaryJson, R"({"applicant_short":"MINH KHAI"})");
    expectNoClearPersonalData();  // secure_delete and the WAL truncation leave no old copy
}

TEST_F(OutboxEncryption, APayloadMovedToAnotherRowDoesNotOpen)
{
    auto db = openStore(dbFile());
    ASSERT_TRUE(db.has_value());
    OutboxStore store(*db, key());
    auto first = store.enqueue("K01", "passport.ordinary", payloadFor, "{}", someDay());
    auto second = store.enqueue("K01", "passport.ordinary", payloadFor, "{}", someDay());
    ASSERT_TRUE(first && second);
    ASSERT_TRUE(db->execute("UPDATE outbox SET payload = (SELECT payload FROM outbox WHERE local_ref = '" +
                            first->localRef + "') WHERE local_ref = '" + second->localRef + "'")
                    .has_value());
    auto moved = store.payload(second->localRef);
    ASSERT_FALSE(moved.has_value());
    EXPECT_EQ(moved.error().code, "privacy.open_failed");
    EXPECT_TRUE(store.payload(first->localRef).has_value());
}

TEST_F(OutboxEncryption, AKeyMayChangeOnlyWhileNothingIsSealedUnderTheOldOne)
{
    auto db = openStore(dbFile());
    ASSERT_TRUE(db.has_value());
    {
        OutboxStore store(*db, key("old.key"));
        auto entry = store.enqueue("K01", "passport.ordinary", payloadFor, "{}", someDay());
        ASSERT_TRUE(entry.has_value());
        ASSERT_TRUE(store.markAccepted(entry->localRef, {"R-1", 200000, "2025-10-20"}, 2).has_value());
    }
    // Every payload is gone (accepted); only the summary of the receipt remains, unreadable without the old key.
    OutboxStore store(*db, key("new.key"));
    EXPECT_TRUE(store.ready().has_value());
    EXPECT_TRUE(store.enqueue("K01", "passport.ordinary", payloadFor, "{}", someDay()).has_value());
}

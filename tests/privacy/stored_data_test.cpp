// Citizens' data at rest: print jobs sealed, retention that forgets what is
// personal and audits it, and a data file copied off the kiosk without its key
// (opened with the plain sqlite3 program, dumped whole) that shows no name and
// no ID number in any form.
#include <gtest/gtest.h>

#include <QString>
#include <cstdio>
#include <fstream>
#include <iterator>

#include "kiosk/app/data_retention.h"
#include "kiosk/audit/audit_log.h"
#include "kiosk/guide/guide_accounts.h"
#include "kiosk/store/migrations.h"
#include "tests/privacy/personal_markers.h"

using namespace motcua;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

const QString kName = QStringLiteral("Đặng Thị Huyền Trang");
const QString kId = QStringLiteral("001199054321");

std::string readAll(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::string run(const std::string &command)
{
    std::string out;
    if (FILE *pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
            out.append(buffer, n);
        }
        ::pclose(pipe);
    }
    return out;
}

std::vector<std::string> found(const std::string &haystack)
{
    std::vector<std::string> hits;
    for (const auto &marker : test::personalMarkers(kName, kId)) {
        if (haystack.find(marker) != std::string::npos) {
            hits.push_back(marker);
        }
    }
    return hits;
}

class StoredDataTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("motcua-privacy-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "data");
        fs::create_directories(m_dir / "keys");
        auto db = openStore(m_dir / "data/motcua.sqlite");
        ASSERT_TRUE(db.has_value()) << db.error().message;
        m_db.emplace(std::move(*db));
        m_key = DataKeyLocation{m_dir / "keys/data.key", true};  // kept apart from the data, as on a kiosk
        m_outbox.emplace(*m_db, m_key);
        m_prints.emplace(*m_db, m_key);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::string formJson() const
    {
        return R"({"family_name":"Đặng","given_names":"Thị Huyền Trang","full_name":")" + kName.toStdString() +
               R"(","id_number":")" + kId.toStdString() + R"(","photo":"/9j/4AAQSkZJRgABAQ"})";
    }

    OutboxEntry enqueue(std::chrono::system_clock::time_point at)
    {
        auto entry = m_outbox->enqueue(
            "K01", "passport.ordinary", [this](const OutboxEntry &) { return formJson(); },
            R"({"applicant_short":"ĐẶNG T. H. TRANG"})", at);
        EXPECT_TRUE(entry.has_value());
        return entry.value_or(OutboxEntry{});
    }

    int64_t printReceipt(std::chrono::system_clock::time_point at)
    {
        auto id = m_prints->add("receipt", "K01-251020-0001",
                                R"({"applicant":")" + kName.toStdString() + R"(","id":")" + kId.toStdString() + "\"}",
                                at);
        EXPECT_TRUE(id.has_value()) << (id ? "" : id.error().message);
        return id.value_or(0);
    }

    static int64_t ms(std::chrono::system_clock::time_point at)
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
    }

    fs::path m_dir;
    ManualClock m_clock;
    DataKeyLocation m_key;
    std::optional<Database> m_db;
    std::optional<OutboxStore> m_outbox;
    std::optional<PrintJobStore> m_prints;
};

}  // namespace

TEST_F(StoredDataTest, PrintJobContentIsSealedAndOpensOnlyWithItsKey)
{
    const auto id = printReceipt(m_clock.wallNow());
    auto record = m_prints->find(id);
    ASSERT_TRUE(record.has_value() && record->has_value());
    EXPECT_NE((*record)->content.find(kName.toStdString()), std::string::npos);  // the kiosk reads it back
    (void)m_db->execute("PRAGMA wal_checkpoint(TRUNCATE)");
    EXPECT_TRUE(found(readAll(m_db->file())).empty());
    // Another key (a thief's guess): the row is there, its content is not.
    PrintJobStore other(*m_db, DataKeyLocation{m_dir / "keys/other.key", true});
    auto stolen = other.find(id);
    ASSERT_TRUE(stolen.has_value() && stolen->has_value());
    EXPECT_EQ((*stolen)->reference, "K01-251020-0001");
    EXPECT_EQ((*stolen)->content, "");
}

TEST_F(StoredDataTest, RetentionForgetsWhatIsPersonalAndAuditsTheUnsent)
{
    const auto now = m_clock.wallNow();
    const auto accepted = enqueue(now - 2h);
    ASSERT_TRUE(m_outbox->markAccepted(accepted.localRef, {"HN-251020-000001", 200000, "2025-10-28"}, ms(now - 1h))
                    .has_value());
    const auto stale = enqueue(now - std::chrono::hours(24 * 31));
    const auto waiting = enqueue(now - 1h);
    printReceipt(now - 25h);
    const auto recentJob = printReceipt(now - 1h);

    DataRetention retention(*m_db, *m_outbox, &*m_prints, m_clock, RetentionPolicy{});
    auto report = retention.sweep();
    ASSERT_TRUE(report.has_value()) << report.error().message;
    EXPECT_EQ(report->acceptedForgotten, 1);
    EXPECT_EQ(report->unsentForgotten, 1);
    EXPECT_EQ(report->printJobsPurged, 1);

    auto kept = m_outbox->find(accepted.localRef);
    ASSERT_TRUE(kept.has_value() && kept->has_value());
    EXPECT_EQ((*kept)->receiptNumber, "HN-251020-000001");  // the tracking row stays
    EXPECT_EQ((*kept)->summaryJson, "{}");
    auto expired = m_outbox->find(stale.localRef);
    ASSERT_TRUE(expired.has_value() && expired->has_value());
    EXPECT_EQ((*expired)->state, OutboxState::Failed);
    EXPECT_EQ((*expired)->lastError, "privacy.retention_expired");
    EXPECT_FALSE(m_outbox->payload(stale.localRef).has_value());
    EXPECT_TRUE(m_outbox->payload(waiting.localRef).has_value());  // 1 h old: still waiting for the portal
    auto recent = m_prints->find(recentJob);
    EXPECT_TRUE(recent.has_value() && recent->has_value());

    AuditLog audit(*m_db, m_clock);
    auto rows = audit.list();
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().event, "privacy.retention_purge");
    EXPECT_EQ(rows->front().detail, stale.localRef);
    EXPECT_TRUE(audit.verify().has_value() && audit.verify()->intact());

    auto again = retention.sweep();  // nothing left to do
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->total(), 0);
}

TEST_F(StoredDataTest, AFileCopiedOffTheKioskWithoutTheKeyRevealsNoPersonalData)
{
    if (run("command -v sqlite3").empty()) {
        GTEST_SKIP() << "the sqlite3 program is not installed";
    }
    // Everything a kiosk stores in a day: an application waiting, one accepted, a receipt, a guide, the audit.
    const auto now = m_clock.wallNow();
    const auto waiting = enqueue(now);
    const auto accepted = enqueue(now);
    ASSERT_TRUE(m_outbox->markAccepted(accepted.localRef, {"HN-251020-000002", 200000, "2025-10-28"}, ms(now))
                    .has_value());
    printReceipt(now);
    AuditLog audit(*m_db, m_clock);
    GuideAccounts guides(*m_db, audit, m_clock, LockoutPolicy{}, PinHashCost::minimum());
    ASSERT_TRUE(guides.add("thuy.nt", "470913", "cli:root").has_value());
    ASSERT_TRUE(m_outbox->payload(waiting.localRef).value_or("").find(kId.toStdString()) != std::string::npos);

    // Copied while the kiosk runs: the database, its WAL and shared-memory files, not the key.
    const auto stolen = m_dir / "stolen";
    fs::create_directories(stolen);
    for (const auto *suffix : {"", "-wal", "-shm"}) {
        const fs::path from = m_db->file().string() + suffix;
        if (fs::exists(from)) {
            fs::copy_file(from, stolen / ("motcua.sqlite" + std::string(suffix)));
        }
    }
    const auto dump = run("sqlite3 '" + (stolen / "motcua.sqlite").string() + "' .dump 2>&1");
    ASSERT_NE(dump.find(waiting.localRef), std::string::npos) << "the dump did not work:\n" << dump.substr(0, 500);
    ASSERT_NE(dump.find("thuy.nt"), std::string::npos);
    EXPECT_EQ(found(dump), std::vector<std::string>{}) << "in the sqlite3 dump";
    for (const auto &file : fs::directory_iterator(stolen)) {
        EXPECT_EQ(found(readAll(file.path())), std::vector<std::string>{}) << "in " << file.path();
    }
    // Positive control: the same markers are found where they are in clear.
    EXPECT_FALSE(found(formJson()).empty());
}

// WalCheckpointer (kiosk/store/wal_checkpointer.h): the writer stops checkpointing by itself, the
// background thread keeps the WAL from growing with every commit, and nothing committed is lost.
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "kiosk/store/wal_checkpointer.h"

using namespace motcua;
namespace fs = std::filesystem;

TEST(WalCheckpointer, KeepsTheWalSmallWhileTheWriterCommits)
{
    const auto dir = fs::temp_directory_path() / "motcua-wal-checkpointer-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto writer = Database::open(dir / "hub.sqlite");
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writer->execute("CREATE TABLE t (v TEXT)"));
    auto checkpointer = WalCheckpointer::start(*writer, std::chrono::milliseconds(10));
    ASSERT_TRUE(checkpointer);
    auto setting = writer->prepare("PRAGMA wal_autocheckpoint");
    ASSERT_TRUE(setting && setting->step().value_or(false));
    EXPECT_EQ(setting->columnInt(0), 0);

    // 4 MB committed in 2,000 transactions: without any checkpoint the WAL would hold all of it.
    const std::string row(2000, 'x');
    for (int i = 0; i < 2000; ++i) {
        auto insert = writer->prepare("INSERT INTO t VALUES (?)");
        ASSERT_TRUE(insert);
        insert->bind(1, row);
        ASSERT_TRUE(insert->run());
        if (i % 200 == 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(15));  // time for a checkpoint
        }
    }
    EXPECT_GT((*checkpointer)->checkpoints(), 0);
    EXPECT_LT(fs::file_size(dir / "hub.sqlite-wal"), 2u * 1024 * 1024);
    checkpointer->reset();

    auto reader = Database::open(dir / "hub.sqlite");
    ASSERT_TRUE(reader);
    auto count = reader->prepare("SELECT count(*) FROM t");
    ASSERT_TRUE(count && count->step().value_or(false));
    EXPECT_EQ(count->columnInt(0), 2000);
    fs::remove_all(dir);
}

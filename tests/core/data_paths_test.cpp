#include "kiosk/core/data_paths.h"

#include <gtest/gtest.h>

#include <cstdlib>

using namespace motcua;
namespace fs = std::filesystem;

TEST(DataPaths, ConfiguredDirectoryWins)
{
    Config config;
    config.store.dataDir = "/srv/kiosk-data";
    EXPECT_EQ(dataDirectory(config), fs::path("/srv/kiosk-data"));
}

TEST(DataPaths, EnsureCreatesPrivateDirectory)
{
    Config config;
    const auto dir = fs::temp_directory_path() / "motcua-data-test" / "nested";
    fs::remove_all(dir.parent_path());
    config.store.dataDir = dir.string();
    auto made = ensureDataDirectory(config);
    ASSERT_TRUE(made.has_value()) << made.error().message;
    EXPECT_TRUE(fs::is_directory(dir));
    // It will hold citizens' data: only its owner may enter.
    EXPECT_EQ(fs::status(dir).permissions() & fs::perms::all, fs::perms::owner_all);
    fs::remove_all(dir.parent_path());
}

TEST(DataPaths, UnwritablePlaceIsAnErrorNotACrash)
{
    Config config;
    config.store.dataDir = "/proc/motcua";
    auto made = ensureDataDirectory(config);
    ASSERT_FALSE(made.has_value());
    EXPECT_EQ(made.error().code, "store.data_dir");
}

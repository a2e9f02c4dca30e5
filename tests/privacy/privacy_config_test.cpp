// [privacy] in the configuration: the key's location and how long data is kept.
#include <gtest/gtest.h>

#include <cstdlib>

#include "kiosk/core/config_loader.h"
#include "kiosk/privacy/data_key.h"

using namespace motcua;

TEST(PrivacyConfig, DefaultsKeepTodaysBehaviour)
{
    const Config defaults;
    EXPECT_EQ(defaults.privacy.keyFile, "");
    EXPECT_EQ(defaults.privacy.keepAcceptedHours, 0);
    EXPECT_EQ(defaults.privacy.keepUnsentDays, 30);
    EXPECT_EQ(defaults.privacy.keepPrintJobsHours, 24);
    auto shipped = loadConfigFile(std::filesystem::path(MOTCUA_SOURCE_DIR) / "config/motcua.toml");
    ASSERT_TRUE(shipped.has_value()) << shipped.error().describe();
    EXPECT_EQ(shipped->privacy.keyFile, defaults.privacy.keyFile);
    EXPECT_EQ(shipped->privacy.keepAcceptedHours, defaults.privacy.keepAcceptedHours);
    EXPECT_EQ(shipped->privacy.keepUnsentDays, defaults.privacy.keepUnsentDays);
    EXPECT_EQ(shipped->privacy.keepPrintJobsHours, defaults.privacy.keepPrintJobsHours);
}

TEST(PrivacyConfig, ReadsEveryKeyAndRefusesOutOfRange)
{
    auto config = parseConfig("[privacy]\nkey_file = \"/srv/keys/k\"\nkeep_accepted_hours = 48\n"
                              "keep_unsent_days = 7\nkeep_print_jobs_hours = 2\n",
                              "t.toml");
    ASSERT_TRUE(config.has_value()) << config.error().describe();
    EXPECT_EQ(config->privacy.keyFile, "/srv/keys/k");
    EXPECT_EQ(config->privacy.keepAcceptedHours, 48);
    EXPECT_EQ(config->privacy.keepUnsentDays, 7);
    EXPECT_EQ(config->privacy.keepPrintJobsHours, 2);
    auto refused = parseConfig("[privacy]\nkeep_unsent_days = 0\n", "t.toml");
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().key, "privacy.keep_unsent_days");
}

TEST(PrivacyConfig, AConfiguredKeyFileIsUsedAndNeverCreated)
{
    const auto location = configuredDataKeyLocation("/srv/keys/k", "/var/lib/motcua");
    EXPECT_EQ(location.file, "/srv/keys/k");
    EXPECT_FALSE(location.createIfMissing);
    auto missing = loadDataKey(configuredDataKeyLocation("/nonexistent/motcua.key", "/tmp"));
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, "privacy.key_missing");
    // Empty: the default lookup (a development machine creates DATA_DIR/data.key).
    if (!std::filesystem::exists(kPackagedDataKeyFile) && std::getenv("CREDENTIALS_DIRECTORY") == nullptr) {
        const auto fallback = configuredDataKeyLocation("", "/var/lib/motcua");
        EXPECT_EQ(fallback.file, "/var/lib/motcua/data.key");
        EXPECT_TRUE(fallback.createIfMissing);
    }
}

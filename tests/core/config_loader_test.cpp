#include "kiosk/core/config_loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace motcua;

namespace {

Expected<Config, ConfigProblem> parse(const std::string &text)
{
    return parseConfig(text, "site.toml");
}

}  // namespace

TEST(ConfigLoader, EmptyFileGivesDefaults)
{
    auto config = parse("");
    ASSERT_TRUE(config.has_value());
    EXPECT_EQ(config->session.idleTimeoutSeconds, 90);
    EXPECT_EQ(config->ui.defaultLanguage, "vi");
    EXPECT_EQ(config->ui.languages, (std::vector<std::string>{"vi", "en", "zh", "ko", "ja"}));
    EXPECT_EQ(config->devices.scanner.backend, "keyboard");
}

TEST(ConfigLoader, ShippedExampleMatchesBuiltInDefaults)
{
    // config/motcua.toml documents every key with its default; the two must not drift apart.
    auto shipped = loadConfigFile(std::filesystem::path(MOTCUA_SOURCE_DIR) / "config/motcua.toml");
    ASSERT_TRUE(shipped.has_value()) << shipped.error().describe();
    const Config defaults;
    EXPECT_EQ(shipped->site.id, defaults.site.id);
    EXPECT_EQ(shipped->site.name, defaults.site.name);
    EXPECT_EQ(shipped->site.address, defaults.site.address);
    EXPECT_EQ(shipped->site.hotline, defaults.site.hotline);
    EXPECT_EQ(shipped->site.openingHours, defaults.site.openingHours);
    EXPECT_EQ(shipped->site.kioskId, defaults.site.kioskId);
    EXPECT_EQ(shipped->devices.camera.backend, defaults.devices.camera.backend);
    EXPECT_EQ(shipped->devices.camera.device, defaults.devices.camera.device);
    EXPECT_EQ(shipped->devices.scanner.backend, defaults.devices.scanner.backend);
    EXPECT_EQ(shipped->devices.printer.backend, defaults.devices.printer.backend);
    EXPECT_EQ(shipped->devices.portal.backend, defaults.devices.portal.backend);
    EXPECT_EQ(shipped->devices.portal.url, defaults.devices.portal.url);
    EXPECT_EQ(shipped->devices.portal.connectTimeoutSeconds, defaults.devices.portal.connectTimeoutSeconds);
    EXPECT_EQ(shipped->devices.portal.totalTimeoutSeconds, defaults.devices.portal.totalTimeoutSeconds);
    EXPECT_EQ(shipped->devices.portal.caFile, defaults.devices.portal.caFile);
    EXPECT_EQ(shipped->devices.portal.pinnedPublicKey, defaults.devices.portal.pinnedPublicKey);
    EXPECT_EQ(shipped->devices.portal.clientCert, defaults.devices.portal.clientCert);
    EXPECT_EQ(shipped->session.idleTimeoutSeconds, defaults.session.idleTimeoutSeconds);
    EXPECT_EQ(shipped->session.idleCountdownSeconds, defaults.session.idleCountdownSeconds);
    EXPECT_EQ(shipped->ui.languages, defaults.ui.languages);
    EXPECT_EQ(shipped->ui.defaultLanguage, defaults.ui.defaultLanguage);
    EXPECT_EQ(shipped->ui.fullscreen, defaults.ui.fullscreen);
    EXPECT_EQ(shipped->store.dataDir, defaults.store.dataDir);
}

TEST(ConfigLoader, ReadsEverySection)
{
    auto config = parse(R"(
[site]
id = "hn-cn2-caugiay"
address = "85 Dịch Vọng Hậu, Cầu Giấy, Hà Nội"
[devices.printer]
backend = "cups"
destination = "receipt"
[session]
idle_timeout_s = 120
[ui]
languages = ["vi", "en", "ko"]
default_language = "en"
fullscreen = false
)");
    ASSERT_TRUE(config.has_value()) << config.error().describe();
    EXPECT_EQ(config->site.id, "hn-cn2-caugiay");
    EXPECT_EQ(config->site.address, "85 Dịch Vọng Hậu, Cầu Giấy, Hà Nội");
    EXPECT_EQ(config->devices.printer.backend, "cups");
    EXPECT_EQ(config->devices.printer.destination, "receipt");
    EXPECT_EQ(config->session.idleTimeoutSeconds, 120);
    EXPECT_EQ(config->ui.languages.size(), 3u);
    EXPECT_EQ(config->ui.defaultLanguage, "en");
    EXPECT_FALSE(config->ui.fullscreen);
}

TEST(ConfigLoader, UnknownKeyNamesFileLineAndKey)
{
    auto config = parse("[session]\nidle_timeout_s = 90\nidle_timout_s = 30\n");
    ASSERT_FALSE(config.has_value());
    EXPECT_EQ(config.error().file, "site.toml");
    EXPECT_EQ(config.error().line, 3);
    EXPECT_EQ(config.error().key, "session.idle_timout_s");
    EXPECT_EQ(config.error().problem, "unknown key");
    EXPECT_EQ(config.error().describe(), "site.toml:3: key 'session.idle_timout_s': unknown key");
}

TEST(ConfigLoader, UnknownSectionIsRefused)
{
    auto config = parse("[sesion]\nidle_timeout_s = 90\n");
    ASSERT_FALSE(config.has_value());
    EXPECT_EQ(config.error().key, "sesion");
    EXPECT_EQ(config.error().line, 1);
    EXPECT_EQ(config.error().problem, "unknown section");
}

TEST(ConfigLoader, WrongTypeNamesExpectedAndFound)
{
    auto config = parse("[session]\nidle_timeout_s = \"90\"\n");
    ASSERT_FALSE(config.has_value());
    EXPECT_EQ(config.error().line, 2);
    EXPECT_EQ(config.error().key, "session.idle_timeout_s");
    EXPECT_EQ(config.error().problem, "expected an integer, found a string");
}

TEST(ConfigLoader, WrongTypeForBooleanAndString)
{
    auto boolean = parse("[ui]\nfullscreen = 1\n");
    ASSERT_FALSE(boolean.has_value());
    EXPECT_EQ(boolean.error().problem, "expected true or false, found an integer");
    auto text = parse("[site]\nname = 42\n");
    ASSERT_FALSE(text.has_value());
    EXPECT_EQ(text.error().key, "site.name");
}

TEST(ConfigLoader, OutOfRangeIsRefused)
{
    auto config = parse("[session]\nidle_timeout_s = 5\n");
    ASSERT_FALSE(config.has_value());
    EXPECT_EQ(config.error().problem, "must be between 15 and 3600, found 5");
}

TEST(ConfigLoader, UnknownBackendListsTheChoices)
{
    auto config = parse("[devices.camera]\nbackend = \"webcam\"\n");
    ASSERT_FALSE(config.has_value());
    EXPECT_EQ(config.error().key, "devices.camera.backend");
    EXPECT_EQ(config.error().problem, "\"webcam\" is not one of: v4l2, file, fake, none");
}

TEST(ConfigLoader, DefaultLanguageMustBeOffered)
{
    auto config = parse("[ui]\nlanguages = [\"vi\"]\ndefault_language = \"en\"\n");
    ASSERT_FALSE(config.has_value());
    EXPECT_EQ(config.error().key, "ui.default_language");
    EXPECT_EQ(config.error().line, 3);
}

TEST(ConfigLoader, UnsupportedLanguageIsRefused)
{
    auto config = parse("[ui]\nlanguages = [\"vi\", \"fr\"]\n");
    ASSERT_FALSE(config.has_value());
    EXPECT_EQ(config.error().key, "ui.languages");
}

TEST(ConfigLoader, SyntaxErrorGivesLine)
{
    auto config = parse("[site]\nid = \"a\"\nname = \n");
    ASSERT_FALSE(config.has_value());
    EXPECT_EQ(config.error().line, 3);
    EXPECT_NE(config.error().problem.find("not valid TOML"), std::string::npos);
}

TEST(ConfigLoader, MissingFileIsRefused)
{
    auto config = loadConfigFile("/nonexistent/motcua.toml");
    ASSERT_FALSE(config.has_value());
    EXPECT_EQ(config.error().file, "/nonexistent/motcua.toml");
    EXPECT_EQ(config.error().describe(),
              "/nonexistent/motcua.toml: cannot read the file (missing or no permission)");
}

TEST(ConfigLoader, DirectoryIsNotAConfigFile)
{
    auto config = loadConfigFile(std::filesystem::temp_directory_path());
    ASSERT_FALSE(config.has_value());
    EXPECT_EQ(config.error().problem, "not a regular file");
}

TEST(ConfigLoader, RealFileIsNamedInProblems)
{
    const auto path = std::filesystem::temp_directory_path() / "motcua-config-test.toml";
    std::ofstream(path) << "[store]\ndata_dir = 7\n";
    auto config = loadConfigFile(path);
    std::filesystem::remove(path);
    ASSERT_FALSE(config.has_value());
    EXPECT_EQ(config.error().describe(), path.string() + ":2: key 'store.data_dir': expected a string, found an integer");
}

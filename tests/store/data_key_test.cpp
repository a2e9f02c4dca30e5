// The data key file and the payload cipher.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "kiosk/privacy/data_key.h"
#include "kiosk/privacy/payload_cipher.h"

using namespace motcua;
namespace fs = std::filesystem;

namespace {

class DataKeyFile : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() /
                ("motcua-key-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override
    {
        ::unsetenv("CREDENTIALS_DIRECTORY");
        fs::remove_all(m_dir);
    }
    fs::path write(const std::string &name, const std::string &content, fs::perms mode)
    {
        const auto file = m_dir / name;
        std::ofstream(file, std::ios::binary) << content;
        fs::permissions(file, mode);
        return file;
    }
    fs::path m_dir;
};

}  // namespace

TEST_F(DataKeyFile, RawAndHexFormsGiveTheSameKey)
{
    const std::string raw(32, '\x5a');
    const auto rawFile = write("raw.key", raw, fs::perms::owner_read);
    std::string hex;
    for (int i = 0; i < 32; ++i) {
        hex += "5a";
    }
    const auto hexFile2 = write("hex2.key", hex + "\n", fs::perms::owner_read | fs::perms::owner_write);
    auto a = loadDataKey({rawFile, false});
    auto b = loadDataKey({hexFile2, false});
    ASSERT_TRUE(a.has_value()) << a.error().message;
    ASSERT_TRUE(b.has_value()) << b.error().message;
    EXPECT_EQ(a->id(), b->id());
    EXPECT_EQ(a->id().size(), 16u);
}

TEST_F(DataKeyFile, RefusesMalformedInsecureAndMissingKeys)
{
    auto shortKey = loadDataKey({write("short.key", "too short", fs::perms::owner_read), false});
    ASSERT_FALSE(shortKey.has_value());
    EXPECT_EQ(shortKey.error().code, "privacy.key_malformed");

    auto shared = loadDataKey({write("shared.key", std::string(32, 'x'), fs::perms::owner_read | fs::perms::group_read |
                                                                              fs::perms::others_read),
                               false});
    ASSERT_FALSE(shared.has_value());
    EXPECT_EQ(shared.error().code, "privacy.key_insecure");

    auto missing = loadDataKey({m_dir / "none.key", false});
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, "privacy.key_missing");
}

TEST_F(DataKeyFile, CreatedOnceWithMode0600)
{
    const DataKeyLocation location{m_dir / "data.key", true};
    auto first = loadDataKey(location);
    auto second = loadDataKey(location);
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->id(), second->id());
    struct stat info {};
    ASSERT_EQ(::stat(location.file.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    for (const auto &entry : fs::directory_iterator(m_dir)) {
        EXPECT_EQ(entry.path().filename(), "data.key");  // no temporary left behind
    }
}

TEST_F(DataKeyFile, ASystemdCredentialWinsOverTheDataDirectory)
{
    EXPECT_TRUE(defaultDataKeyLocation({}).file.empty());
    if (!fs::exists(kPackagedDataKeyFile)) {
        const auto development = defaultDataKeyLocation(m_dir);
        EXPECT_EQ(development.file, m_dir / "data.key");
        EXPECT_TRUE(development.createIfMissing);
    }
    fs::create_directories(m_dir / "creds");
    write("creds/motcua-data-key", std::string(32, 'k'), fs::perms::owner_read);
    ::setenv("CREDENTIALS_DIRECTORY", (m_dir / "creds").c_str(), 1);
    const auto service = defaultDataKeyLocation(m_dir);
    EXPECT_EQ(service.file, m_dir / "creds" / "motcua-data-key");
    EXPECT_FALSE(service.createIfMissing);
}

TEST(PayloadCipher, SealsAndOpensWithTheSameKeyAndContextOnly)
{
    const auto key = DataKey::random();
    const std::string plain = std::string("{\"id\":\"001190012345\"}") + std::string(3, '\0') + "photo";
    auto sealed = sealPayload(key, plain, "K01-251009-0001");
    ASSERT_TRUE(sealed.has_value());
    EXPECT_TRUE(isSealedPayload(*sealed));
    EXPECT_EQ(sealed->find("001190012345"), std::string::npos);
    EXPECT_EQ(sealed->size(), plain.size() + 4 + 24 + 16);

    auto opened = openPayload(key, *sealed, "K01-251009-0001");
    ASSERT_TRUE(opened.has_value());
    EXPECT_EQ(*opened, plain);

    EXPECT_EQ(openPayload(key, *sealed, "K01-251009-0002").error().code, "privacy.open_failed");
    EXPECT_EQ(openPayload(DataKey::random(), *sealed, "K01-251009-0001").error().code, "privacy.open_failed");
    std::string damaged = *sealed;
    damaged[40] ^= 1;
    EXPECT_EQ(openPayload(key, damaged, "K01-251009-0001").error().code, "privacy.open_failed");
    EXPECT_EQ(openPayload(key, plain, "K01-251009-0001").error().code, "privacy.not_sealed");

    auto again = sealPayload(key, plain, "K01-251009-0001");
    EXPECT_NE(*again, *sealed);  // a fresh nonce each time
}

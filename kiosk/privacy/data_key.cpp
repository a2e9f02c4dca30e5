#include "kiosk/privacy/data_key.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "kiosk/privacy/sodium_init.h"

namespace motcua {
namespace {

namespace fs = std::filesystem;

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    ~FileDescriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

std::string errnoText()
{
    return std::strerror(errno);
}

// The whole file, at most 256 bytes (a key file is 32 or 65).
Result<std::string> readSmallFile(int fd, const fs::path &file)
{
    std::string content(257, '\0');
    size_t total = 0;
    for (;;) {
        const ssize_t n = ::read(fd, content.data() + total, content.size() - total);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return fail("privacy.key_unreadable", "cannot read the data key " + file.string() + ": " + errnoText());
        }
        if (n == 0) {
            break;
        }
        total += static_cast<size_t>(n);
        if (total == content.size()) {
            return fail("privacy.key_malformed", "the data key " + file.string() + " is too long");
        }
    }
    content.resize(total);
    return content;
}

Result<DataKey> parseKey(std::string &content, const fs::path &file)
{
    std::array<unsigned char, kDataKeyBytes> bytes{};
    std::string_view text(content);
    Status parsed;
    if (text.size() == kDataKeyBytes) {
        std::memcpy(bytes.data(), text.data(), kDataKeyBytes);
    } else {
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
            text.remove_suffix(1);
        }
        size_t written = 0;
        if (text.size() != 2 * kDataKeyBytes ||
            sodium_hex2bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &written, nullptr) != 0 ||
            written != kDataKeyBytes) {
            parsed = fail("privacy.key_malformed",
                          "the data key " + file.string() + " is neither 32 bytes nor 64 hex digits");
        }
    }
    sodium_memzero(content.data(), content.size());
    if (!parsed) {
        return unexpected(parsed.error());
    }
    auto key = DataKey::fromBytes(bytes);
    sodium_memzero(bytes.data(), bytes.size());
    return key;
}

// Writes a fresh key to a temporary file and links it into place, so that two
// processes starting at once end up with the same key (the loser reads the winner's).
Status createKeyFile(const fs::path &file)
{
    std::array<unsigned char, kDataKeyBytes> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    const fs::path temporary = file.string() + ".new-" + std::to_string(::getpid());
    Status status;
    {
        FileDescriptor fd(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
        if (fd.get() < 0) {
            status = fail("privacy.key_create", "cannot create the data key " + file.string() + ": " + errnoText());
        } else if (::write(fd.get(), bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size()) ||
                   ::fsync(fd.get()) != 0) {
            status = fail("privacy.key_create", "cannot write the data key " + file.string() + ": " + errnoText());
        }
    }
    sodium_memzero(bytes.data(), bytes.size());
    if (status && ::link(temporary.c_str(), file.c_str()) != 0 && errno != EEXIST) {
        status = fail("privacy.key_create", "cannot install the data key " + file.string() + ": " + errnoText());
    }
    ::unlink(temporary.c_str());
    if (status) {
        // The directory entry too must survive a power cut, or the data written under it is lost.
        FileDescriptor dir(::open(file.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (dir.get() >= 0) {
            ::fsync(dir.get());
        }
    }
    return status;
}

}  // namespace

DataKey DataKey::fromBytes(const std::array<unsigned char, kDataKeyBytes> &bytes)
{
    DataKey key;
    key.m_bytes = bytes;
    return key;
}

DataKey DataKey::random()
{
    (void)ensureSodium();
    DataKey key;
    randombytes_buf(key.m_bytes.data(), key.m_bytes.size());
    return key;
}

DataKey::DataKey(const DataKey &other) : m_bytes(other.m_bytes) {}

DataKey &DataKey::operator=(const DataKey &other)
{
    m_bytes = other.m_bytes;
    return *this;
}

DataKey::~DataKey()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

std::string DataKey::id() const
{
    static constexpr std::string_view kLabel = "motcua data key id v1";
    unsigned char digest[8];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(kLabel.data()), kLabel.size(),
                       m_bytes.data(), m_bytes.size());
    char hex[2 * sizeof digest + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

DataKeyLocation defaultDataKeyLocation(const fs::path &dataDir)
{
    if (dataDir.empty()) {
        return {};
    }
    if (const char *credentials = std::getenv("CREDENTIALS_DIRECTORY"); credentials != nullptr && *credentials != 0) {
        const fs::path credential = fs::path(credentials) / kDataKeyCredential;
        std::error_code error;
        if (fs::exists(credential, error)) {
            return {credential, false};
        }
    }
    std::error_code error;
    if (fs::exists(kPackagedDataKeyFile, error)) {
        return {kPackagedDataKeyFile, false};
    }
    return {dataDir / "data.key", true};
}

DataKeyLocation configuredDataKeyLocation(const std::string &keyFile, const fs::path &dataDir)
{
    if (keyFile.empty()) {
        return defaultDataKeyLocation(dataDir);
    }
    return {fs::path(keyFile), false};
}

Result<DataKey> loadDataKey(const DataKeyLocation &location)
{
    if (auto ready = ensureSodium(); !ready) {
        return unexpected(ready.error());
    }
    if (location.file.empty()) {
        static const DataKey processKey = DataKey::random();
        return processKey;
    }
    int fd = ::open(location.file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT && location.createIfMissing) {
        if (auto created = createKeyFile(location.file); !created) {
            return unexpected(created.error());
        }
        fd = ::open(location.file.c_str(), O_RDONLY | O_CLOEXEC);
    }
    if (fd < 0) {
        if (errno == ENOENT) {
            return fail("privacy.key_missing", "the data key " + location.file.string() +
                                                   " does not exist; encrypted data cannot be read or written");
        }
        return fail("privacy.key_unreadable", "cannot open the data key " + location.file.string() + ": " +
                                                  errnoText() + " (run as root, or through the service)");
    }
    FileDescriptor owned(fd);
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        return fail("privacy.key_unreadable", "the data key " + location.file.string() + " is not a regular file");
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return fail("privacy.key_insecure", "the data key " + location.file.string() +
                                                " is accessible to other users; chmod 0600 it (or 0400)");
    }
    auto content = readSmallFile(fd, location.file);
    if (!content) {
        return unexpected(content.error());
    }
    return parseKey(*content, location.file);
}

}  // namespace motcua

#pragma once
// The data key: 32 random bytes that encrypt citizens' data at rest. It lives
// in a root-only file outside the data directory on a kiosk (created by the
// package's postinst, handed to the service by systemd's LoadCredential=), and
// beside the database only on a development machine.
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>

#include "kiosk/core/result.h"

namespace motcua {

inline constexpr size_t kDataKeyBytes = 32;

class DataKey {
public:
    static DataKey fromBytes(const std::array<unsigned char, kDataKeyBytes> &bytes);
    // A random key that lives only in this process (in-memory databases, tests).
    static DataKey random();

    DataKey(const DataKey &other);
    DataKey &operator=(const DataKey &other);
    ~DataKey();  // wipes the bytes

    const unsigned char *data() const { return m_bytes.data(); }
    // A public fingerprint (keyed hash of a constant): tells keys apart without revealing them.
    std::string id() const;

private:
    DataKey() = default;
    std::array<unsigned char, kDataKeyBytes> m_bytes{};
};

struct DataKeyLocation {
    std::filesystem::path file;  // empty: a process-lifetime random key
    bool createIfMissing = false;  // development only
};

// systemd credential name the service receives the key under (LoadCredential=).
inline constexpr const char *kDataKeyCredential = "motcua-data-key";
inline constexpr const char *kPackagedDataKeyFile = "/etc/motcua/data.key";

// Where the key of the database in `dataDir` is, in this order:
// $CREDENTIALS_DIRECTORY/motcua-data-key (the systemd service), then
// /etc/motcua/data.key when it exists (a packaged kiosk; never created here),
// else DATA_DIR/data.key, created 0600 on first use (development).
// An empty dataDir (in-memory database) gives a process-lifetime key.
DataKeyLocation defaultDataKeyLocation(const std::filesystem::path &dataDir);

// The key named by [privacy] key_file (never created: it is provisioned), or
// the default location above when that is empty.
DataKeyLocation configuredDataKeyLocation(const std::string &keyFile, const std::filesystem::path &dataDir);

// Reads the key: 32 raw bytes, or 64 hex digits and an optional newline.
// Errors: privacy.key_missing, privacy.key_unreadable, privacy.key_malformed,
// privacy.key_insecure (readable by group or others).
Result<DataKey> loadDataKey(const DataKeyLocation &location);

}  // namespace motcua

#include "kiosk/core/data_paths.h"

#include <cstdlib>
#include <unistd.h>

namespace motcua {
namespace fs = std::filesystem;

fs::path dataDirectory(const Config &config)
{
    if (!config.store.dataDir.empty()) {
        return config.store.dataDir;
    }
    const fs::path system = "/var/lib/motcua";
    if (::access(system.c_str(), W_OK) == 0) {
        return system;
    }
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0') {
        return fs::path(xdg) / "motcua";
    }
    const char *home = std::getenv("HOME");
    return fs::path(home != nullptr ? home : "/tmp") / ".local/share/motcua";
}

Result<fs::path> ensureDataDirectory(const Config &config)
{
    const auto dir = dataDirectory(config);
    std::error_code error;
    fs::create_directories(dir, error);
    if (error) {
        return fail("store.data_dir", "cannot create data directory " + dir.string() + ": " + error.message());
    }
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, error);
    if (::access(dir.c_str(), W_OK) != 0) {
        return fail("store.data_dir", "data directory " + dir.string() + " is not writable");
    }
    return dir;
}

fs::path assetDirectory()
{
    if (const char *env = std::getenv("MOTCUA_ASSET_DIR"); env != nullptr && *env != '\0') {
        return env;
    }
    std::error_code error;
    // <prefix>/bin/motcua-kiosk → <prefix>/share/motcua: a package works whatever prefix its
    // build tree was configured with (CI packages the dev tree, /usr/local, as /usr).
    if (const auto exe = fs::read_symlink("/proc/self/exe", error); !error) {
        const auto beside = exe.parent_path().parent_path() / "share/motcua";
        if (fs::is_directory(beside, error)) {
            return beside;
        }
    }
    const fs::path installed = MOTCUA_INSTALLED_ASSET_DIR;
    if (fs::is_directory(installed, error)) {
        return installed;
    }
    return MOTCUA_SOURCE_ASSET_DIR;
}

}  // namespace motcua

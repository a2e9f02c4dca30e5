#pragma once
#include <filesystem>

#include "kiosk/core/config.h"
#include "kiosk/core/result.h"

namespace motcua {

// The data directory: store.data_dir when set; /var/lib/motcua when it
// exists and is writable (the packaged service); otherwise the user's XDG
// data directory ($XDG_DATA_HOME/motcua or ~/.local/share/motcua).
std::filesystem::path dataDirectory(const Config &config);

// Creates the directory (mode 0700: it holds citizens' data) when missing.
Result<std::filesystem::path> ensureDataDirectory(const Config &config);

// Read-only assets (fonts, samples, catalogue copies): $MOTCUA_ASSET_DIR,
// else share/motcua beside the program's bin/ (an installed package), else the
// configured install prefix's share directory, else the source tree's assets/.
std::filesystem::path assetDirectory();

}  // namespace motcua

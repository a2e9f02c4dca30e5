#pragma once
// Shared by the form suites: the bundled data and the sample forms, read from
// the source tree, and a fixed "today" so ages never drift.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "kiosk/form/bundled_form_data.h"
#include "kiosk/form/form_json.h"

namespace motcua::form::testing {

inline const std::filesystem::path kSourceDir = MOTCUA_SOURCE_DIR;
inline constexpr Date kToday{std::chrono::year{2025}, std::chrono::November, std::chrono::day{15}};

inline const BundledFormData &bundled()
{
    static const BundledFormData data = [] {
        auto loaded = loadBundledFormData(kSourceDir / "assets");
        if (!loaded) {
            throw std::runtime_error(loaded.error().message);
        }
        return std::move(*loaded);
    }();
    return data;
}

inline std::string readFile(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

inline PassportForm sampleForm(const std::string &name)
{
    auto parsed = formFromJson(readFile(kSourceDir / "tests" / "data" / "form" / name));
    if (!parsed) {
        throw std::runtime_error(parsed.error().message);
    }
    return parsed->form;
}

}  // namespace motcua::form::testing

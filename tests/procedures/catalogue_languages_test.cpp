// The bundled procedures catalogue speaks all five languages: every text given in English (a key
// ending in _en, at any depth) has a non-empty Vietnamese, Chinese, Korean and Japanese sibling, and
// lists (papers) have as many items in each language. A procedure added with English only fails here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

using nlohmann::json;

void checkLanguages(const json &node, const std::string &where, std::vector<std::string> &problems)
{
    if (node.is_array()) {
        for (size_t i = 0; i < node.size(); ++i) {
            checkLanguages(node[i], where + "[" + std::to_string(i) + "]", problems);
        }
        return;
    }
    if (!node.is_object()) {
        return;
    }
    for (const auto &[key, value] : node.items()) {
        const std::string at = where + "." + key;
        checkLanguages(value, at, problems);
        if (key.size() < 3 || key.compare(key.size() - 3, 3, "_en") != 0) {
            continue;
        }
        const auto stem = key.substr(0, key.size() - 3);
        for (const char *language : {"vi", "zh", "ko", "ja"}) {
            const auto sibling = stem + "_" + language;
            if (!node.contains(sibling)) {
                problems.push_back(at + ": no " + sibling);
            } else if (node[sibling].type() != value.type() || node[sibling].empty() ||
                       (value.is_array() && node[sibling].size() != value.size())) {
                problems.push_back(at + ": " + sibling + " is empty or does not match the English");
            } else if (node[sibling].is_string() && node[sibling].get<std::string>().empty()) {
                problems.push_back(at + ": " + sibling + " is empty");
            }
        }
    }
}

}  // namespace

TEST(CatalogueLanguages, EveryEnglishTextHasTheOtherFourLanguages)
{
    std::ifstream in(std::filesystem::path(MOTCUA_SOURCE_DIR) / "assets/catalogue/immigration-procedures.json");
    ASSERT_TRUE(in.good());
    const auto catalogue = json::parse(in);
    std::vector<std::string> problems;
    checkLanguages(catalogue, "catalogue", problems);
    EXPECT_TRUE(problems.empty()) << problems.size() << " missing, first: " << problems.front();
}

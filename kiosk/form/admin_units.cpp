#include "kiosk/form/admin_units.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kiosk/form/text_search.h"
#include "kiosk/form/vietnamese_text.h"

namespace motcua::form {
namespace {

// "phuong dong da" → "dong da": the unit type is not what people type.
std::string_view withoutUnitType(std::string_view folded)
{
    for (std::string_view prefix : {"thanh pho ", "tinh ", "phuong ", "xa ", "dac khu "}) {
        if (folded.starts_with(prefix)) {
            return folded.substr(prefix.size());
        }
    }
    return folded;
}

// 0 exact name, 1 start of a word, 2 inside a word, 3 no match.
int rank(std::string_view foldedName, std::string_view query)
{
    if (withoutUnitType(foldedName) == query || foldedName == query) {
        return 0;
    }
    switch (matchFolded(foldedName, query)) {
    case Match::Start: return 1;
    case Match::Inside: return 2;
    case Match::None: break;
    }
    return 3;
}

}  // namespace

Result<AdminUnits> AdminUnits::load(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return fail("admin_units.read", "Cannot read " + file.string());
    }
    std::stringstream text;
    text << in.rdbuf();
    return parse(text.str());
}

Result<AdminUnits> AdminUnits::parse(std::string_view json)
{
    const auto doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("provinces") || !doc["provinces"].is_array()) {
        return fail("admin_units.json", "The admin-unit file must be JSON with a \"provinces\" array");
    }
    AdminUnits units;
    for (const auto &p : doc["provinces"]) {
        if (!p.is_object() || !p.value("code", nlohmann::json()).is_string() ||
            !p.value("name", nlohmann::json()).is_string() || !p.value("communes", nlohmann::json()).is_array()) {
            return fail("admin_units.json", "Each province needs code, name and communes");
        }
        Province province{p["code"].get<std::string>(), p["name"].get<std::string>(),
                          p.value("short", p["name"].get<std::string>()), {}, {}, {}};
        province.folded = foldForSearch(province.name);
        province.foldedShort = foldForSearch(province.shortName);
        for (const auto &c : p["communes"]) {
            if (!c.is_array() || c.size() != 2 || !c[0].is_string() || !c[1].is_string()) {
                return fail("admin_units.json", "Each commune must be [code, name]");
            }
            const auto name = c[1].get<std::string>();
            province.communes.push_back({c[0].get<std::string>(), name, foldForSearch(name)});
        }
        units.m_provinces.push_back(std::move(province));
    }
    return units;
}

size_t AdminUnits::communeCount() const
{
    size_t count = 0;
    for (const auto &p : m_provinces) {
        count += p.communes.size();
    }
    return count;
}

const Province *AdminUnits::findProvince(std::string_view code) const
{
    for (const auto &p : m_provinces) {
        if (p.code == code) {
            return &p;
        }
    }
    return nullptr;
}

std::optional<CommuneRef> AdminUnits::findCommune(std::string_view code) const
{
    for (const auto &p : m_provinces) {
        for (const auto &c : p.communes) {
            if (c.code == code) {
                return CommuneRef{&p, &c};
            }
        }
    }
    return std::nullopt;
}

std::vector<const Province *> AdminUnits::searchProvinces(std::string_view query) const
{
    const std::string q = foldForSearch(query);
    std::vector<std::pair<int, const Province *>> hits;
    for (const auto &p : m_provinces) {
        const int r = std::min(rank(p.foldedShort, q), rank(p.folded, q));
        if (r < 3) {
            hits.emplace_back(r, &p);
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<const Province *> out;
    for (const auto &hit : hits) {
        out.push_back(hit.second);
    }
    return out;
}

std::vector<CommuneRef> AdminUnits::searchCommunes(std::string_view provinceCode, std::string_view query,
                                                   size_t limit) const
{
    const std::string q = foldForSearch(query);
    std::vector<std::pair<int, CommuneRef>> hits;
    for (const auto &p : m_provinces) {
        if (!provinceCode.empty() && p.code != provinceCode) {
            continue;
        }
        for (const auto &c : p.communes) {
            const int r = rank(c.folded, q);
            if (r < 3) {
                hits.push_back({r, CommuneRef{&p, &c}});
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<CommuneRef> out;
    for (size_t i = 0; i < hits.size() && i < limit; ++i) {
        out.push_back(hits[i].second);
    }
    return out;
}

}  // namespace motcua::form

#include "kiosk/form/reference_list.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kiosk/form/text_search.h"
#include "kiosk/form/vietnamese_text.h"

namespace motcua::form {

ReferenceList::ReferenceList(std::vector<ListItem> items) : m_items(std::move(items))
{
    m_folded.reserve(m_items.size());
    for (const auto &item : m_items) {
        m_folded.push_back(foldForSearch(item.nameVi));
    }
}

Result<ReferenceList> ReferenceList::load(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return fail("list.read", "Cannot read " + file.string());
    }
    std::stringstream text;
    text << in.rdbuf();
    return parse(text.str());
}

Result<ReferenceList> ReferenceList::parse(std::string_view json)
{
    const auto doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("items") || !doc["items"].is_array()) {
        return fail("list.json", "A list file must be JSON with an \"items\" array");
    }
    std::vector<ListItem> items;
    for (const auto &row : doc["items"]) {
        if (!row.is_array() || row.size() != 3 || !row[0].is_string() || !row[1].is_string() || !row[2].is_string()) {
            return fail("list.json", "Each item must be [code, Vietnamese name, English name]");
        }
        items.push_back({row[0].get<std::string>(), row[1].get<std::string>(), row[2].get<std::string>()});
    }
    return ReferenceList(std::move(items));
}

const ListItem *ReferenceList::find(std::string_view code) const
{
    for (const auto &item : m_items) {
        if (item.code == code) {
            return &item;
        }
    }
    return nullptr;
}

std::vector<const ListItem *> ReferenceList::search(std::string_view query) const
{
    const std::string folded = foldForSearch(query);
    std::vector<const ListItem *> starts, contains;
    for (size_t i = 0; i < m_items.size(); ++i) {
        switch (matchFolded(m_folded[i], folded)) {
        case Match::Start: starts.push_back(&m_items[i]); break;
        case Match::Inside: contains.push_back(&m_items[i]); break;
        case Match::None: break;
        }
    }
    starts.insert(starts.end(), contains.begin(), contains.end());
    return starts;
}

}  // namespace motcua::form

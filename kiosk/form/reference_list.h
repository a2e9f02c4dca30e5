#pragma once
// A bundled code list (ethnicities, religions): codes with Vietnamese and
// English names, loaded from assets/lists/*.json, searchable without diacritics.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/result.h"

namespace motcua::form {

struct ListItem {
    std::string code;
    std::string nameVi;
    std::string nameEn;
};

class ReferenceList {
public:
    ReferenceList() = default;
    explicit ReferenceList(std::vector<ListItem> items);

    // Reads {"source", "items": [[code, vi, en], …]}; error codes list.read, list.json.
    static Result<ReferenceList> load(const std::filesystem::path &file);
    static Result<ReferenceList> parse(std::string_view json);

    const std::vector<ListItem> &items() const { return m_items; }
    const ListItem *find(std::string_view code) const;
    // Typed search: "e de" finds "Ê-đê", "hoa hao" finds "Phật giáo Hòa Hảo".
    // Names starting with the query come first, then the others, in list order.
    std::vector<const ListItem *> search(std::string_view query) const;

private:
    std::vector<ListItem> m_items;
    std::vector<std::string> m_folded;  // foldForSearch of nameVi + " " + nameEn
};

}  // namespace motcua::form

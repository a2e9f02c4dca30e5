#pragma once
// Viet Nam's administrative units since 1 July 2025: 34 provinces and cities,
// each with its communes, wards and special zones (no districts any more).
// Loaded from assets/admin-units/admin-units.json; typed search without
// diacritics for the address pickers ("ha noi" → Hà Nội, "dong da" → Đống Đa).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/result.h"

namespace motcua::form {

struct Commune {
    std::string code;  // 5 digits, NSO
    std::string name;  // "Phường Đống Đa"
    std::string folded;  // search key, "phuong dong da"
};

struct Province {
    std::string code;       // 2 digits, NSO
    std::string name;       // "Thành phố Hà Nội"
    std::string shortName;  // "Hà Nội"
    std::vector<Commune> communes;
    std::string folded;       // search key of name
    std::string foldedShort;  // search key of shortName
};

struct CommuneRef {
    const Province *province;
    const Commune *commune;
};

class AdminUnits {
public:
    AdminUnits() = default;

    // Error codes admin_units.read, admin_units.json.
    static Result<AdminUnits> load(const std::filesystem::path &file);
    static Result<AdminUnits> parse(std::string_view json);

    const std::vector<Province> &provinces() const { return m_provinces; }
    size_t communeCount() const;

    const Province *findProvince(std::string_view code) const;
    std::optional<CommuneRef> findCommune(std::string_view code) const;

    std::vector<const Province *> searchProvinces(std::string_view query) const;
    // Communes of one province (provinceCode) or of all (empty provinceCode).
    std::vector<CommuneRef> searchCommunes(std::string_view provinceCode, std::string_view query,
                                           size_t limit = 50) const;

private:
    std::vector<Province> m_provinces;
};

}  // namespace motcua::form

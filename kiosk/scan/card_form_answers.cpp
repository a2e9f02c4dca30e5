#include "kiosk/scan/card_form_answers.h"

#include <QString>
#include <array>
#include <vector>

#include "kiosk/form/vietnamese_text.h"

namespace motcua {
namespace {

QString lowered(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()))
        .normalized(QString::NormalizationForm_C)
        .simplified()
        .toLower();
}

std::vector<std::string> splitParts(const std::string &address)
{
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= address.size()) {
        const auto comma = address.find(',', start);
        const auto end = comma == std::string::npos ? address.size() : comma;
        auto part = form::tidyText(std::string_view(address).substr(start, end - start));
        if (!part.empty()) {
            parts.push_back(std::move(part));
        }
        if (comma == std::string::npos) {
            break;
        }
        start = comma + 1;
    }
    return parts;
}

// The exact spellings a card may use for a province: "Thành phố Hà Nội",
// "Hà Nội", "TP. Hà Nội", "Tỉnh Nghệ An". Diacritics count: a near miss is no match.
bool namesProvince(const QString &part, const form::Province &province)
{
    const auto name = lowered(province.name);
    const auto shortName = lowered(province.shortName);
    for (const auto &prefix : {QString(), QStringLiteral("tỉnh "), QStringLiteral("thành phố "),
                               QStringLiteral("tp. "), QStringLiteral("tp "), QStringLiteral("tp.")}) {
        if (part == prefix + shortName) {
            return true;
        }
    }
    return part == name;
}

const form::Province *matchProvince(const std::string &part, const form::AdminUnits &units)
{
    const auto wanted = lowered(part);
    const form::Province *found = nullptr;
    for (const auto &candidate : units.provinces()) {
        if (namesProvince(wanted, candidate)) {
            if (found != nullptr) {
                return nullptr;  // two provinces answer to it: ambiguous
            }
            found = &candidate;
        }
    }
    return found;
}

const form::Commune *matchCommune(const std::string &part, const form::Province &province)
{
    const auto wanted = lowered(part);
    const form::Commune *found = nullptr;
    for (const auto &commune : province.communes) {
        if (lowered(commune.name) == wanted) {
            if (found != nullptr) {
                return nullptr;
            }
            found = &commune;
        }
    }
    return found;
}

// A part that names an administrative unit rather than a house or street.
bool namesAdminUnit(const std::string &part)
{
    static const std::array prefixes = {"phường ", "xã ", "thị trấn ", "quận ", "huyện ", "thị xã ",
                                        "thành phố ", "tỉnh ", "đặc khu ", "tp. ", "tp "};
    const auto text = lowered(part);
    for (const char *prefix : prefixes) {
        if (text.startsWith(QString::fromUtf8(prefix))) {
            return true;
        }
    }
    return false;
}

std::string joinParts(const std::vector<std::string> &parts, size_t end)
{
    std::string out;
    for (size_t i = 0; i < end && i < parts.size(); ++i) {
        if (!out.empty()) {
            out += ", ";
        }
        out += parts[i];
    }
    return out;
}

std::string iso(const CivilDate &date)
{
    return formatIso(date);
}

}  // namespace

CardAddress splitCardAddress(const std::string &address, const form::AdminUnits &units)
{
    CardAddress out;
    const auto parts = splitParts(address);
    if (parts.empty()) {
        return out;
    }
    // The card writes the address from the house to the province, comma-separated.
    size_t streetEnd = parts.size();
    const form::Province *province = parts.size() >= 2 ? matchProvince(parts.back(), units) : nullptr;
    if (province != nullptr) {
        out.provinceCode = province->code;
        streetEnd = parts.size() - 1;
        // The commune is the part right before the province (new-style
        // addresses) or before an old district; either way it must name exactly
        // one of the province's communes today.
        for (size_t i = parts.size() - 1; i-- > 0;) {
            if (const auto *commune = matchCommune(parts[i], *province)) {
                out.communeCode = commune->code;
                streetEnd = i;
                break;
            }
        }
    }
    if (province == nullptr && parts.size() >= 2) {
        // By the card's layout the last part is the province even when it is
        // one that no longer exists: never a street.
        streetEnd = parts.size() - 1;
    }
    // The street is what comes before the first part naming a unit by its type.
    size_t firstUnit = 0;
    while (firstUnit < streetEnd && !namesAdminUnit(parts[firstUnit])) {
        ++firstUnit;
    }
    out.street = joinParts(parts, firstUnit);
    return out;
}

std::map<std::string, std::string> cardFormAnswers(const CccdPayload &card, const form::AdminUnits &units)
{
    std::map<std::string, std::string> answers;
    const auto name = form::tidyText(card.fullName);
    const auto space = name.find(' ');
    if (space == std::string::npos) {
        answers["given_names"] = name;  // a one-word name: no surname to split off
    } else {
        answers["family_name"] = name.substr(0, space);
        answers["given_names"] = name.substr(space + 1);
    }
    answers["sex"] = card.sex == Sex::Female ? "female" : "male";
    answers["date_of_birth"] = iso(card.birthDate);
    answers["id_number"] = card.id.digits;
    answers["id_issue_date"] = iso(card.issueDate);
    const auto address = splitCardAddress(card.address, units);
    if (!address.provinceCode.empty()) {
        answers["permanent_address.province"] = address.provinceCode;
    }
    if (!address.communeCode.empty()) {
        answers["permanent_address.commune"] = address.communeCode;
    }
    if (!address.street.empty()) {
        answers["permanent_address.street"] = address.street;
    }
    return answers;
}

}  // namespace motcua

#include "kiosk/core/personal_id_number.h"

#include <algorithm>
#include <array>
#include <utility>

namespace motcua {
namespace {

// Province codes of the personal ID number: the 63 provinces' codes of the
// national list of administrative units (Decision 124/2004/QĐ-TTg), prefixed
// with 0, as Circular 07/2016/TT-BCA annex I sets them. Numbers already
// issued keep these codes after the 2025 merger of provinces.
constexpr std::array<std::pair<std::string_view, std::string_view>, 63> kProvinces = {{
    {"001", "Hà Nội"},          {"002", "Hà Giang"},      {"004", "Cao Bằng"},       {"006", "Bắc Kạn"},
    {"008", "Tuyên Quang"},     {"010", "Lào Cai"},       {"011", "Điện Biên"},      {"012", "Lai Châu"},
    {"014", "Sơn La"},          {"015", "Yên Bái"},       {"017", "Hòa Bình"},       {"019", "Thái Nguyên"},
    {"020", "Lạng Sơn"},        {"022", "Quảng Ninh"},    {"024", "Bắc Giang"},      {"025", "Phú Thọ"},
    {"026", "Vĩnh Phúc"},       {"027", "Bắc Ninh"},      {"030", "Hải Dương"},      {"031", "Hải Phòng"},
    {"033", "Hưng Yên"},        {"034", "Thái Bình"},     {"035", "Hà Nam"},         {"036", "Nam Định"},
    {"037", "Ninh Bình"},       {"038", "Thanh Hóa"},     {"040", "Nghệ An"},        {"042", "Hà Tĩnh"},
    {"044", "Quảng Bình"},      {"045", "Quảng Trị"},     {"046", "Thừa Thiên Huế"}, {"048", "Đà Nẵng"},
    {"049", "Quảng Nam"},       {"051", "Quảng Ngãi"},    {"052", "Bình Định"},      {"054", "Phú Yên"},
    {"056", "Khánh Hòa"},       {"058", "Ninh Thuận"},    {"060", "Bình Thuận"},     {"062", "Kon Tum"},
    {"064", "Gia Lai"},         {"066", "Đắk Lắk"},       {"067", "Đắk Nông"},       {"068", "Lâm Đồng"},
    {"070", "Bình Phước"},      {"072", "Tây Ninh"},      {"074", "Bình Dương"},     {"075", "Đồng Nai"},
    {"077", "Bà Rịa – Vũng Tàu"}, {"079", "Hồ Chí Minh"}, {"080", "Long An"},        {"082", "Tiền Giang"},
    {"083", "Bến Tre"},         {"084", "Trà Vinh"},      {"086", "Vĩnh Long"},      {"087", "Đồng Tháp"},
    {"089", "An Giang"},        {"091", "Kiên Giang"},    {"092", "Cần Thơ"},        {"093", "Hậu Giang"},
    {"094", "Sóc Trăng"},       {"095", "Bạc Liêu"},      {"096", "Cà Mau"},
}};

}  // namespace

std::optional<std::string_view> provinceForIdCode(std::string_view code)
{
    const auto *found = std::find_if(kProvinces.begin(), kProvinces.end(),
                                     [code](const auto &entry) { return entry.first == code; });
    if (found == kProvinces.end()) {
        return std::nullopt;
    }
    return found->second;
}

Result<PersonalIdNumber> parsePersonalIdNumber(std::string_view text)
{
    if (text.size() != 12) {
        return fail("id.length", "Số định danh cá nhân phải có đúng 12 chữ số");
    }
    if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return fail("id.digits", "Số định danh cá nhân chỉ gồm chữ số");
    }
    PersonalIdNumber id;
    id.digits = std::string(text);
    id.provinceCode = std::string(text.substr(0, 3));
    const auto province = provinceForIdCode(id.provinceCode);
    if (!province) {
        return fail("id.province", "Ba chữ số đầu của số định danh không phải mã tỉnh, thành phố");
    }
    id.provinceName = std::string(*province);
    const int centuryAndSex = text[3] - '0';
    id.sex = centuryAndSex % 2 == 0 ? Sex::Male : Sex::Female;
    // 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s, 6/7 → 2200s, 8/9 → 2300s.
    id.birthCentury = 1900 + (centuryAndSex / 2) * 100;
    id.birthYearLastTwo = (text[4] - '0') * 10 + (text[5] - '0');
    return id;
}

Status checkIdMatchesPerson(const PersonalIdNumber &id, Sex sex, int birthYear)
{
    if (id.sex != sex) {
        return fail("id.sex", "Số định danh không khớp với giới tính");
    }
    if (id.birthCentury + id.birthYearLastTwo != birthYear) {
        return fail("id.birth_year", "Số định danh không khớp với năm sinh");
    }
    return {};
}

}  // namespace motcua

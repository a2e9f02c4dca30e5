// The words a citizen reads next to a field, per error code, in Vietnamese and
// English. Short, saying what to do; never the answer itself (it may be personal).
// The English text is also the Linguist source (context "FieldError") that
// Chinese, Korean and Japanese screens translate.
#include <QtGlobal>
#include <array>
#include <string_view>

#include "kiosk/form/field_error.h"

namespace motcua::form {
namespace {

struct Message {
    std::string_view code, vi, en;
};

constexpr std::array kMessages = {
    Message{"required", "Vui lòng điền mục này.", QT_TRANSLATE_NOOP("FieldError", "Please fill in this field.")},
    Message{"choice.invalid", "Vui lòng chọn một trong các lựa chọn.", QT_TRANSLATE_NOOP("FieldError", "Please pick one of the options.")},
    Message{"form.unknown_field", "Mục này không có trên tờ khai.", QT_TRANSLATE_NOOP("FieldError", "This field is not on the form.")},
    Message{"form.not_text", "Giá trị của mục này phải là chữ.", QT_TRANSLATE_NOOP("FieldError", "This answer must be text.")},
    Message{"text.too_long", "Nội dung quá dài, vui lòng viết ngắn hơn.", QT_TRANSLATE_NOOP("FieldError", "Too long; please shorten it.")},
    Message{"name.characters", "Họ tên chỉ gồm chữ cái tiếng Việt, dấu cách, dấu gạch nối hoặc dấu nháy.",
            QT_TRANSLATE_NOOP("FieldError", "Names may contain only Vietnamese letters, spaces, hyphens and apostrophes.")},
    Message{"date.format", "Ngày phải có dạng năm-tháng-ngày, ví dụ 1990-01-31.",
            QT_TRANSLATE_NOOP("FieldError", "Write the date as year-month-day, e.g. 1990-01-31.")},
    Message{"date.invalid", "Ngày này không có trên lịch.", QT_TRANSLATE_NOOP("FieldError", "This day does not exist.")},
    Message{"date.future", "Ngày không được ở tương lai.", QT_TRANSLATE_NOOP("FieldError", "The date cannot be in the future.")},
    Message{"date.too_old", "Ngày quá xa trong quá khứ, vui lòng kiểm tra lại năm.",
            QT_TRANSLATE_NOOP("FieldError", "The date is too far in the past; check the year.")},
    Message{"date.before_birth", "Ngày này phải sau ngày sinh.", QT_TRANSLATE_NOOP("FieldError", "This date must be after the date of birth.")},
    Message{"date.before_id_cards", "Thẻ căn cước có số định danh cá nhân chỉ được cấp từ ngày 01/01/2016.",
            QT_TRANSLATE_NOOP("FieldError", "ID cards with a personal ID number have been issued since 1 January 2016.")},
    Message{"id.length", "Số định danh cá nhân phải có đúng 12 chữ số.", QT_TRANSLATE_NOOP("FieldError", "The personal ID number has exactly 12 digits.")},
    Message{"id.digits", "Số định danh cá nhân chỉ gồm chữ số.", QT_TRANSLATE_NOOP("FieldError", "The personal ID number contains digits only.")},
    Message{"id.province", "Ba chữ số đầu của số định danh không phải mã tỉnh, thành phố.",
            QT_TRANSLATE_NOOP("FieldError", "The first three digits are not a province code.")},
    Message{"id.sex", "Số định danh không khớp với giới tính.", QT_TRANSLATE_NOOP("FieldError", "The ID number does not match the sex given.")},
    Message{"id.birth_year", "Số định danh không khớp với năm sinh.", QT_TRANSLATE_NOOP("FieldError", "The ID number does not match the year of birth.")},
    Message{"id.same_as_representative", "Số định danh của trẻ trùng với của người đại diện.",
            QT_TRANSLATE_NOOP("FieldError", "The child's ID number is the same as the representative's.")},
    Message{"age.requires_tk01a", "Người chưa đủ 14 tuổi: cha, mẹ hoặc người giám hộ khai tờ khai TK01a.",
            QT_TRANSLATE_NOOP("FieldError", "Under 14: a parent or guardian fills in form TK01a.")},
    Message{"age.requires_tk01", "Người từ đủ 14 tuổi tự khai tờ khai TK01.", QT_TRANSLATE_NOOP("FieldError", "Aged 14 or over: fill in form TK01 yourself.")},
    Message{"age.representative_minor", "Người đại diện hợp pháp phải từ đủ 18 tuổi.",
            QT_TRANSLATE_NOOP("FieldError", "The legal representative must be 18 or over.")},
    Message{"phone.format", "Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84).",
            QT_TRANSLATE_NOOP("FieldError", "A mobile number has 10 digits and starts with 0 (or +84).")},
    Message{"phone.prefix", "Đầu số này không phải số di động Việt Nam.", QT_TRANSLATE_NOOP("FieldError", "This is not a Vietnamese mobile prefix.")},
    Message{"email.format", "Địa chỉ email không hợp lệ, ví dụ: ten@example.vn.",
            QT_TRANSLATE_NOOP("FieldError", "This email address is not valid, e.g. name@example.vn.")},
    Message{"address.unknown_province", "Không tìm thấy tỉnh, thành phố này.", QT_TRANSLATE_NOOP("FieldError", "Unknown province or city.")},
    Message{"address.unknown_commune", "Không tìm thấy xã, phường, đặc khu này.", QT_TRANSLATE_NOOP("FieldError", "Unknown commune, ward or special zone.")},
    Message{"address.commune_not_in_province", "Xã, phường này không thuộc tỉnh, thành phố đã chọn.",
            QT_TRANSLATE_NOOP("FieldError", "This commune or ward is not in the chosen province.")},
    Message{"ethnicity.unknown", "Vui lòng chọn dân tộc trong danh sách.", QT_TRANSLATE_NOOP("FieldError", "Please pick an ethnicity from the list.")},
    Message{"religion.unknown", "Vui lòng chọn tôn giáo trong danh sách (hoặc Không).",
            QT_TRANSLATE_NOOP("FieldError", "Please pick a religion from the list (or None).")},
    Message{"passport.format", "Số hộ chiếu gồm 1 chữ cái và 7 chữ số, ví dụ C1234567.",
            QT_TRANSLATE_NOOP("FieldError", "A passport number is one letter and 7 digits, e.g. C1234567.")},
    Message{"passport.required_for_reissue", "Cấp lại hộ chiếu: vui lòng ghi số và ngày cấp hộ chiếu cũ.",
            QT_TRANSLATE_NOOP("FieldError", "For a re-issue, give the number and date of issue of the old passport.")},
    Message{"request.first_issue_has_passport", "Đã có hộ chiếu thì chọn cấp lại, không chọn cấp lần đầu.",
            QT_TRANSLATE_NOOP("FieldError", "You have had a passport: choose a re-issue, not a first passport.")},
    Message{"family.dob_without_name", "Vui lòng ghi họ tên kèm ngày sinh.", QT_TRANSLATE_NOOP("FieldError", "Give the name together with the date of birth.")},
    Message{"family.parent_not_older", "Ngày sinh của cha, mẹ phải trước ngày sinh của người đề nghị.",
            QT_TRANSLATE_NOOP("FieldError", "A parent's date of birth must be before the applicant's.")},
    Message{"family.spouse_underage", "Người chưa đủ tuổi kết hôn không khai vợ/chồng.",
            QT_TRANSLATE_NOOP("FieldError", "Below the legal age of marriage: no spouse can be declared.")},
    Message{"representative.relationship_sex", "Quan hệ với trẻ không khớp với giới tính của người đại diện.",
            QT_TRANSLATE_NOOP("FieldError", "The relationship does not match the representative's sex.")},
};

}  // namespace

std::vector<std::string> knownErrorCodes()
{
    std::vector<std::string> codes;
    for (const auto &m : kMessages) {
        codes.emplace_back(m.code);
    }
    return codes;
}

FieldError makeFieldError(std::string field, std::string code)
{
    for (const auto &m : kMessages) {
        if (m.code == code) {
            return {std::move(field), std::move(code), std::string(m.vi), std::string(m.en)};
        }
    }
    // A code without words is a programming error; still say something useful.
    return {std::move(field), std::move(code), "Thông tin chưa hợp lệ.", QT_TRANSLATE_NOOP("FieldError", "This answer is not valid.")};
}

}  // namespace motcua::form

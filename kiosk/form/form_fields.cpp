#include "kiosk/form/form_fields.h"

#include <algorithm>
#include <array>

namespace motcua::form {
namespace {

using enum InputKind;
using enum Requirement;

constexpr std::array kSections = {
    SectionSpec{"representative", "Người đại diện hợp pháp", "Legal representative"},
    SectionSpec{"about_you", "Thông tin cá nhân", "About you"},
    SectionSpec{"id_card", "Căn cước", "ID card"},
    SectionSpec{"addresses", "Địa chỉ", "Addresses"},
    SectionSpec{"work", "Nghề nghiệp", "Work"},
    SectionSpec{"family", "Gia đình", "Family"},
    SectionSpec{"previous_passport", "Hộ chiếu lần gần nhất", "Previous passport"},
    SectionSpec{"request", "Nội dung đề nghị và nhận kết quả", "Request and delivery"},
    SectionSpec{"declaration", "Cam đoan", "Declaration"},
};

// TK01: the applicant aged 14 or over declares for themself.
constexpr std::array kTk01 = {
    FieldSpec{"family_name", "Họ", "Surname", "about_you", PersonName, Always},
    FieldSpec{"given_names", "Chữ đệm và tên", "Middle and given names", "about_you", PersonName, Always},
    FieldSpec{"sex", "Giới tính", "Sex", "about_you", Choice, Always},
    FieldSpec{"date_of_birth", "Sinh ngày", "Date of birth", "about_you", Date, Always},
    FieldSpec{"place_of_birth", "Nơi sinh (tỉnh, thành phố)", "Place of birth (province or city)", "about_you", Text, Always},
    FieldSpec{"id_number", "Số định danh cá nhân", "Personal ID number", "id_card", IdNumber, Always},
    FieldSpec{"id_issue_date", "Ngày cấp", "Date of issue", "id_card", Date, Always},
    FieldSpec{"ethnicity", "Dân tộc", "Ethnicity", "about_you", Ethnicity, Always},
    FieldSpec{"religion", "Tôn giáo", "Religion", "about_you", Religion, Always},
    FieldSpec{"phone", "Số điện thoại", "Phone number", "about_you", Phone, Always},
    FieldSpec{"email", "Email", "Email", "about_you", Email, Optional},
    FieldSpec{"permanent_address.province", "Địa chỉ thường trú: tỉnh, thành phố", "Permanent address: province or city", "addresses", Province, Always},
    FieldSpec{"permanent_address.commune", "Địa chỉ thường trú: xã, phường, đặc khu", "Permanent address: commune or ward", "addresses", Commune, Always},
    FieldSpec{"permanent_address.street", "Địa chỉ thường trú: số nhà, đường, thôn, tổ", "Permanent address: house, street, hamlet", "addresses", Text, Always},
    FieldSpec{"current_address.province", "Địa chỉ tạm trú: tỉnh, thành phố", "Temporary address: province or city", "addresses", Province, Conditional},
    FieldSpec{"current_address.commune", "Địa chỉ tạm trú: xã, phường, đặc khu", "Temporary address: commune or ward", "addresses", Commune, Conditional},
    FieldSpec{"current_address.street", "Địa chỉ tạm trú: số nhà, đường, thôn, tổ", "Temporary address: house, street, hamlet", "addresses", Text, Conditional},
    FieldSpec{"occupation", "Nghề nghiệp", "Occupation", "work", Text, Always},
    FieldSpec{"workplace", "Tên và địa chỉ cơ quan (nếu có)", "Employer's name and address (if any)", "work", Text, Optional},
    FieldSpec{"father.name", "Cha: họ và tên", "Father: full name", "family", PersonName, Optional},
    FieldSpec{"father.date_of_birth", "Cha: sinh ngày", "Father: date of birth", "family", Date, Conditional},
    FieldSpec{"mother.name", "Mẹ: họ và tên", "Mother: full name", "family", PersonName, Optional},
    FieldSpec{"mother.date_of_birth", "Mẹ: sinh ngày", "Mother: date of birth", "family", Date, Conditional},
    FieldSpec{"spouse.name", "Vợ/chồng: họ và tên", "Spouse: full name", "family", PersonName, Optional},
    FieldSpec{"spouse.date_of_birth", "Vợ/chồng: sinh ngày", "Spouse: date of birth", "family", Date, Conditional},
    FieldSpec{"previous_passport.number", "Hộ chiếu phổ thông lần gần nhất (nếu có): số", "Most recent passport (if any): number", "previous_passport", PassportNumber, Conditional},
    FieldSpec{"previous_passport.issue_date", "Hộ chiếu phổ thông lần gần nhất: cấp ngày", "Most recent passport: date of issue", "previous_passport", Date, Conditional},
    FieldSpec{"request.type", "Nội dung đề nghị", "What you request", "request", Choice, Always},
    FieldSpec{"request.details", "Ghi rõ lý do, nội dung thay đổi", "Reason and what changed", "request", Text, Conditional},
    FieldSpec{"request.chip", "Hộ chiếu có hoặc không gắn chíp điện tử", "Passport with or without a chip", "request", Choice, Always},
    FieldSpec{"delivery.method", "Hình thức nhận hộ chiếu", "How to receive the passport", "request", Choice, Always},
    FieldSpec{"delivery_address.province", "Địa chỉ nhận qua bưu chính: tỉnh, thành phố", "Delivery address: province or city", "request", Province, Conditional},
    FieldSpec{"delivery_address.commune", "Địa chỉ nhận qua bưu chính: xã, phường, đặc khu", "Delivery address: commune or ward", "request", Commune, Conditional},
    FieldSpec{"delivery_address.street", "Địa chỉ nhận qua bưu chính: số nhà, đường, thôn, tổ", "Delivery address: house, street, hamlet", "request", Text, Conditional},
    FieldSpec{"declaration.confirmed", "Tôi xin cam đoan những thông tin trên là đúng sự thật", "I declare that the information above is true", "declaration", Confirmation, Always},
};

// TK01a: part A the legal representative, part B the child under 14.
constexpr std::array kTk01a = {
    FieldSpec{"representative.name", "A. Người đại diện hợp pháp: họ và tên", "A. Legal representative: full name", "representative", PersonName, Always},
    FieldSpec{"representative.date_of_birth", "Sinh ngày", "Date of birth", "representative", Date, Always},
    FieldSpec{"representative.sex", "Giới tính", "Sex", "representative", Choice, Always},
    FieldSpec{"representative.id_number", "Số định danh cá nhân", "Personal ID number", "representative", IdNumber, Always},
    FieldSpec{"representative.id_issue_date", "Ngày cấp", "Date of issue", "representative", Date, Always},
    FieldSpec{"representative.permanent_address.province", "Địa chỉ thường trú: tỉnh, thành phố", "Permanent address: province or city", "representative", Province, Always},
    FieldSpec{"representative.permanent_address.commune", "Địa chỉ thường trú: xã, phường, đặc khu", "Permanent address: commune or ward", "representative", Commune, Always},
    FieldSpec{"representative.permanent_address.street", "Địa chỉ thường trú: số nhà, đường, thôn, tổ", "Permanent address: house, street, hamlet", "representative", Text, Always},
    FieldSpec{"representative.phone", "Số điện thoại", "Phone number", "representative", Phone, Always},
    FieldSpec{"representative.relationship", "Quan hệ với người chưa đủ 14 tuổi đề nghị cấp hộ chiếu", "Relationship to the child", "representative", Choice, Always},
    FieldSpec{"email", "Email", "Email", "representative", Email, Optional},
    FieldSpec{"family_name", "B. Người chưa đủ 14 tuổi: họ", "B. The child: surname", "about_you", PersonName, Always},
    FieldSpec{"given_names", "Chữ đệm và tên", "Middle and given names", "about_you", PersonName, Always},
    FieldSpec{"sex", "Giới tính", "Sex", "about_you", Choice, Always},
    FieldSpec{"date_of_birth", "Sinh ngày", "Date of birth", "about_you", Date, Always},
    FieldSpec{"place_of_birth", "Nơi sinh (tỉnh, thành phố)", "Place of birth (province or city)", "about_you", Text, Always},
    // Optional: children registered before 2016 may have no number yet; they bring a birth certificate.
    FieldSpec{"id_number", "Số định danh cá nhân (nếu có)", "Personal ID number (if any)", "id_card", IdNumber, Optional},
    FieldSpec{"id_issue_date", "Ngày cấp (nếu có thẻ căn cước)", "Date of issue (if the child has an ID card)", "id_card", Date, Optional},
    FieldSpec{"ethnicity", "Dân tộc", "Ethnicity", "about_you", Ethnicity, Always},
    FieldSpec{"religion", "Tôn giáo", "Religion", "about_you", Religion, Always},
    FieldSpec{"permanent_address.province", "Địa chỉ thường trú: tỉnh, thành phố", "Permanent address: province or city", "addresses", Province, Always},
    FieldSpec{"permanent_address.commune", "Địa chỉ thường trú: xã, phường, đặc khu", "Permanent address: commune or ward", "addresses", Commune, Always},
    FieldSpec{"permanent_address.street", "Địa chỉ thường trú: số nhà, đường, thôn, tổ", "Permanent address: house, street, hamlet", "addresses", Text, Always},
    FieldSpec{"current_address.province", "Địa chỉ tạm trú: tỉnh, thành phố", "Temporary address: province or city", "addresses", Province, Conditional},
    FieldSpec{"current_address.commune", "Địa chỉ tạm trú: xã, phường, đặc khu", "Temporary address: commune or ward", "addresses", Commune, Conditional},
    FieldSpec{"current_address.street", "Địa chỉ tạm trú: số nhà, đường, thôn, tổ", "Temporary address: house, street, hamlet", "addresses", Text, Conditional},
    FieldSpec{"father.name", "Cha: họ và tên", "Father: full name", "family", PersonName, Optional},
    FieldSpec{"father.date_of_birth", "Cha: sinh ngày", "Father: date of birth", "family", Date, Conditional},
    FieldSpec{"mother.name", "Mẹ: họ và tên", "Mother: full name", "family", PersonName, Optional},
    FieldSpec{"mother.date_of_birth", "Mẹ: sinh ngày", "Mother: date of birth", "family", Date, Conditional},
    FieldSpec{"previous_passport.number", "Hộ chiếu phổ thông lần gần nhất (nếu có): số", "Most recent passport (if any): number", "previous_passport", PassportNumber, Conditional},
    FieldSpec{"previous_passport.issue_date", "Hộ chiếu phổ thông lần gần nhất: cấp ngày", "Most recent passport: date of issue", "previous_passport", Date, Conditional},
    FieldSpec{"request.type", "Nội dung đề nghị", "What you request", "request", Choice, Always},
    FieldSpec{"request.details", "Ghi rõ lý do, nội dung thay đổi", "Reason and what changed", "request", Text, Conditional},
    FieldSpec{"request.chip", "Hộ chiếu có hoặc không gắn chíp điện tử", "Passport with or without a chip", "request", Choice, Always},
    FieldSpec{"delivery.method", "Hình thức nhận hộ chiếu", "How to receive the passport", "request", Choice, Always},
    FieldSpec{"delivery_address.province", "Địa chỉ nhận qua bưu chính: tỉnh, thành phố", "Delivery address: province or city", "request", Province, Conditional},
    FieldSpec{"delivery_address.commune", "Địa chỉ nhận qua bưu chính: xã, phường, đặc khu", "Delivery address: commune or ward", "request", Commune, Conditional},
    FieldSpec{"delivery_address.street", "Địa chỉ nhận qua bưu chính: số nhà, đường, thôn, tổ", "Delivery address: house, street, hamlet", "request", Text, Conditional},
    FieldSpec{"declaration.confirmed", "Tôi xin cam đoan những thông tin trên là đúng sự thật", "I declare that the information above is true", "declaration", Confirmation, Always},
};

constexpr std::array kSex = {ChoiceSpec{"male", "Nam", "Male"}, ChoiceSpec{"female", "Nữ", "Female"}};
constexpr std::array kRequestType = {
    ChoiceSpec{"first_issue", "Cấp hộ chiếu lần đầu", "First passport"},
    ChoiceSpec{"reissue_expired", "Cấp lại do hộ chiếu hết hạn hoặc sắp hết hạn", "Re-issue: expired or expiring"},
    ChoiceSpec{"reissue_damaged", "Cấp lại do hộ chiếu bị hỏng", "Re-issue: damaged"},
    ChoiceSpec{"reissue_lost", "Cấp lại do hộ chiếu bị mất", "Re-issue: lost"},
    ChoiceSpec{"reissue_changed_details", "Cấp lại do thay đổi thông tin nhân thân", "Re-issue: changed personal details"},
};
constexpr std::array kChip = {ChoiceSpec{"chip", "Có gắn chíp điện tử", "With chip"},
                              ChoiceSpec{"no_chip", "Không gắn chíp điện tử", "Without chip"}};
constexpr std::array kDelivery = {ChoiceSpec{"pickup", "Nhận trực tiếp tại cơ quan", "Collect at the office"},
                                  ChoiceSpec{"post", "Nhận qua dịch vụ bưu chính", "Send by post"}};
constexpr std::array kRelationship = {ChoiceSpec{"father", "Cha", "Father"}, ChoiceSpec{"mother", "Mẹ", "Mother"},
                                      ChoiceSpec{"guardian", "Người giám hộ", "Guardian"}};
constexpr std::array kConfirmed = {ChoiceSpec{"yes", "Đã cam đoan", "Declared"}};

}  // namespace

std::span<const FieldSpec> fieldsFor(FormKind kind)
{
    if (kind == FormKind::Tk01) {
        return kTk01;
    }
    return kTk01a;
}

const FieldSpec *findField(FormKind kind, std::string_view key)
{
    const auto fields = fieldsFor(kind);
    const auto found = std::find_if(fields.begin(), fields.end(), [key](const FieldSpec &f) { return f.key == key; });
    return found == fields.end() ? nullptr : &*found;
}

std::span<const SectionSpec> sections()
{
    return kSections;
}

std::span<const ChoiceSpec> choicesFor(std::string_view key)
{
    if (key == "sex" || key == "representative.sex") {
        return kSex;
    }
    if (key == "request.type") {
        return kRequestType;
    }
    if (key == "request.chip") {
        return kChip;
    }
    if (key == "delivery.method") {
        return kDelivery;
    }
    if (key == "representative.relationship") {
        return kRelationship;
    }
    if (key == "declaration.confirmed") {
        return kConfirmed;
    }
    return {};
}

}  // namespace motcua::form

#include "kiosk/form/form_fields.h"

#include <QtGlobal>
#include <algorithm>
#include <array>

namespace motcua::form {
namespace {

using enum InputKind;
using enum Requirement;

constexpr std::array kSections = {
    SectionSpec{"representative", "Người đại diện hợp pháp", QT_TRANSLATE_NOOP("PassportForm", "Legal representative")},
    SectionSpec{"about_you", "Thông tin cá nhân", QT_TRANSLATE_NOOP("PassportForm", "About you")},
    SectionSpec{"id_card", "Căn cước", QT_TRANSLATE_NOOP("PassportForm", "ID card")},
    SectionSpec{"addresses", "Địa chỉ", QT_TRANSLATE_NOOP("PassportForm", "Addresses")},
    SectionSpec{"work", "Nghề nghiệp", QT_TRANSLATE_NOOP("PassportForm", "Work")},
    SectionSpec{"family", "Gia đình", QT_TRANSLATE_NOOP("PassportForm", "Family")},
    SectionSpec{"previous_passport", "Hộ chiếu lần gần nhất", QT_TRANSLATE_NOOP("PassportForm", "Previous passport")},
    SectionSpec{"request", "Nội dung đề nghị và nhận kết quả", QT_TRANSLATE_NOOP("PassportForm", "Request and delivery")},
    SectionSpec{"declaration", "Cam đoan", QT_TRANSLATE_NOOP("PassportForm", "Declaration")},
};

// TK01: the applicant aged 14 or over declares for themself.
constexpr std::array kTk01 = {
    FieldSpec{"family_name", "Họ", QT_TRANSLATE_NOOP("PassportForm", "Surname"), "about_you", PersonName, Always},
    FieldSpec{"given_names", "Chữ đệm và tên", QT_TRANSLATE_NOOP("PassportForm", "Middle and given names"), "about_you", PersonName, Always},
    FieldSpec{"sex", "Giới tính", QT_TRANSLATE_NOOP("PassportForm", "Sex"), "about_you", Choice, Always},
    FieldSpec{"date_of_birth", "Sinh ngày", QT_TRANSLATE_NOOP("PassportForm", "Date of birth"), "about_you", Date, Always},
    FieldSpec{"place_of_birth", "Nơi sinh (tỉnh, thành phố)", QT_TRANSLATE_NOOP("PassportForm", "Place of birth (province or city)"), "about_you", Text, Always},
    FieldSpec{"id_number", "Số định danh cá nhân", QT_TRANSLATE_NOOP("PassportForm", "Personal ID number"), "id_card", IdNumber, Always},
    FieldSpec{"id_issue_date", "Ngày cấp", QT_TRANSLATE_NOOP("PassportForm", "Date of issue"), "id_card", Date, Always},
    FieldSpec{"ethnicity", "Dân tộc", QT_TRANSLATE_NOOP("PassportForm", "Ethnicity"), "about_you", Ethnicity, Always},
    FieldSpec{"religion", "Tôn giáo", QT_TRANSLATE_NOOP("PassportForm", "Religion"), "about_you", Religion, Always},
    FieldSpec{"phone", "Số điện thoại", QT_TRANSLATE_NOOP("PassportForm", "Phone number"), "about_you", Phone, Always},
    FieldSpec{"email", "Email", QT_TRANSLATE_NOOP("PassportForm", "Email"), "about_you", Email, Optional},
    FieldSpec{"permanent_address.province", "Địa chỉ thường trú: tỉnh, thành phố", QT_TRANSLATE_NOOP("PassportForm", "Permanent address: province or city"), "addresses", Province, Always},
    FieldSpec{"permanent_address.commune", "Địa chỉ thường trú: xã, phường, đặc khu", QT_TRANSLATE_NOOP("PassportForm", "Permanent address: commune or ward"), "addresses", Commune, Always},
    FieldSpec{"permanent_address.street", "Địa chỉ thường trú: số nhà, đường, thôn, tổ", QT_TRANSLATE_NOOP("PassportForm", "Permanent address: house, street, hamlet"), "addresses", Text, Always},
    FieldSpec{"current_address.province", "Địa chỉ tạm trú: tỉnh, thành phố", QT_TRANSLATE_NOOP("PassportForm", "Temporary address: province or city"), "addresses", Province, Conditional},
    FieldSpec{"current_address.commune", "Địa chỉ tạm trú: xã, phường, đặc khu", QT_TRANSLATE_NOOP("PassportForm", "Temporary address: commune or ward"), "addresses", Commune, Conditional},
    FieldSpec{"current_address.street", "Địa chỉ tạm trú: số nhà, đường, thôn, tổ", QT_TRANSLATE_NOOP("PassportForm", "Temporary address: house, street, hamlet"), "addresses", Text, Conditional},
    FieldSpec{"occupation", "Nghề nghiệp", QT_TRANSLATE_NOOP("PassportForm", "Occupation"), "work", Text, Always},
    FieldSpec{"workplace", "Tên và địa chỉ cơ quan (nếu có)", QT_TRANSLATE_NOOP("PassportForm", "Employer's name and address (if any)"), "work", Text, Optional},
    FieldSpec{"father.name", "Cha: họ và tên", QT_TRANSLATE_NOOP("PassportForm", "Father: full name"), "family", PersonName, Optional},
    FieldSpec{"father.date_of_birth", "Cha: sinh ngày", QT_TRANSLATE_NOOP("PassportForm", "Father: date of birth"), "family", Date, Conditional},
    FieldSpec{"mother.name", "Mẹ: họ và tên", QT_TRANSLATE_NOOP("PassportForm", "Mother: full name"), "family", PersonName, Optional},
    FieldSpec{"mother.date_of_birth", "Mẹ: sinh ngày", QT_TRANSLATE_NOOP("PassportForm", "Mother: date of birth"), "family", Date, Conditional},
    FieldSpec{"spouse.name", "Vợ/chồng: họ và tên", QT_TRANSLATE_NOOP("PassportForm", "Spouse: full name"), "family", PersonName, Optional},
    FieldSpec{"spouse.date_of_birth", "Vợ/chồng: sinh ngày", QT_TRANSLATE_NOOP("PassportForm", "Spouse: date of birth"), "family", Date, Conditional},
    FieldSpec{"previous_passport.number", "Hộ chiếu phổ thông lần gần nhất (nếu có): số", QT_TRANSLATE_NOOP("PassportForm", "Most recent passport (if any): number"), "previous_passport", PassportNumber, Conditional},
    FieldSpec{"previous_passport.issue_date", "Hộ chiếu phổ thông lần gần nhất: cấp ngày", QT_TRANSLATE_NOOP("PassportForm", "Most recent passport: date of issue"), "previous_passport", Date, Conditional},
    FieldSpec{"request.type", "Nội dung đề nghị", QT_TRANSLATE_NOOP("PassportForm", "What you request"), "request", Choice, Always},
    FieldSpec{"request.details", "Ghi rõ lý do, nội dung thay đổi", QT_TRANSLATE_NOOP("PassportForm", "Reason and what changed"), "request", Text, Conditional},
    FieldSpec{"request.chip", "Hộ chiếu có hoặc không gắn chíp điện tử", QT_TRANSLATE_NOOP("PassportForm", "Passport with or without a chip"), "request", Choice, Always},
    FieldSpec{"delivery.method", "Hình thức nhận hộ chiếu", QT_TRANSLATE_NOOP("PassportForm", "How to receive the passport"), "request", Choice, Always},
    FieldSpec{"delivery_address.province", "Địa chỉ nhận qua bưu chính: tỉnh, thành phố", QT_TRANSLATE_NOOP("PassportForm", "Delivery address: province or city"), "request", Province, Conditional},
    FieldSpec{"delivery_address.commune", "Địa chỉ nhận qua bưu chính: xã, phường, đặc khu", QT_TRANSLATE_NOOP("PassportForm", "Delivery address: commune or ward"), "request", Commune, Conditional},
    FieldSpec{"delivery_address.street", "Địa chỉ nhận qua bưu chính: số nhà, đường, thôn, tổ", QT_TRANSLATE_NOOP("PassportForm", "Delivery address: house, street, hamlet"), "request", Text, Conditional},
    FieldSpec{"declaration.confirmed", "Tôi xin cam đoan những thông tin trên là đúng sự thật", QT_TRANSLATE_NOOP("PassportForm", "I declare that the information above is true"), "declaration", Confirmation, Always},
};

// TK01a: part A the legal representative, part B the child under 14.
constexpr std::array kTk01a = {
    FieldSpec{"representative.name", "A. Người đại diện hợp pháp: họ và tên", QT_TRANSLATE_NOOP("PassportForm", "A. Legal representative: full name"), "representative", PersonName, Always},
    FieldSpec{"representative.date_of_birth", "Sinh ngày", QT_TRANSLATE_NOOP("PassportForm", "Date of birth"), "representative", Date, Always},
    FieldSpec{"representative.sex", "Giới tính", QT_TRANSLATE_NOOP("PassportForm", "Sex"), "representative", Choice, Always},
    FieldSpec{"representative.id_number", "Số định danh cá nhân", QT_TRANSLATE_NOOP("PassportForm", "Personal ID number"), "representative", IdNumber, Always},
    FieldSpec{"representative.id_issue_date", "Ngày cấp", QT_TRANSLATE_NOOP("PassportForm", "Date of issue"), "representative", Date, Always},
    FieldSpec{"representative.permanent_address.province", "Địa chỉ thường trú: tỉnh, thành phố", QT_TRANSLATE_NOOP("PassportForm", "Permanent address: province or city"), "representative", Province, Always},
    FieldSpec{"representative.permanent_address.commune", "Địa chỉ thường trú: xã, phường, đặc khu", QT_TRANSLATE_NOOP("PassportForm", "Permanent address: commune or ward"), "representative", Commune, Always},
    FieldSpec{"representative.permanent_address.street", "Địa chỉ thường trú: số nhà, đường, thôn, tổ", QT_TRANSLATE_NOOP("PassportForm", "Permanent address: house, street, hamlet"), "representative", Text, Always},
    FieldSpec{"representative.phone", "Số điện thoại", QT_TRANSLATE_NOOP("PassportForm", "Phone number"), "representative", Phone, Always},
    FieldSpec{"representative.relationship", "Quan hệ với người chưa đủ 14 tuổi đề nghị cấp hộ chiếu", QT_TRANSLATE_NOOP("PassportForm", "Relationship to the child"), "representative", Choice, Always},
    FieldSpec{"email", "Email", QT_TRANSLATE_NOOP("PassportForm", "Email"), "representative", Email, Optional},
    FieldSpec{"family_name", "B. Người chưa đủ 14 tuổi: họ", QT_TRANSLATE_NOOP("PassportForm", "B. The child: surname"), "about_you", PersonName, Always},
    FieldSpec{"given_names", "Chữ đệm và tên", QT_TRANSLATE_NOOP("PassportForm", "Middle and given names"), "about_you", PersonName, Always},
    FieldSpec{"sex", "Giới tính", QT_TRANSLATE_NOOP("PassportForm", "Sex"), "about_you", Choice, Always},
    FieldSpec{"date_of_birth", "Sinh ngày", QT_TRANSLATE_NOOP("PassportForm", "Date of birth"), "about_you", Date, Always},
    FieldSpec{"place_of_birth", "Nơi sinh (tỉnh, thành phố)", QT_TRANSLATE_NOOP("PassportForm", "Place of birth (province or city)"), "about_you", Text, Always},
    // Optional: children registered before 2016 may have no number yet; they bring a birth certificate.
    FieldSpec{"id_number", "Số định danh cá nhân (nếu có)", QT_TRANSLATE_NOOP("PassportForm", "Personal ID number (if any)"), "id_card", IdNumber, Optional},
    FieldSpec{"id_issue_date", "Ngày cấp (nếu có thẻ căn cước)", QT_TRANSLATE_NOOP("PassportForm", "Date of issue (if the child has an ID card)"), "id_card", Date, Optional},
    FieldSpec{"ethnicity", "Dân tộc", QT_TRANSLATE_NOOP("PassportForm", "Ethnicity"), "about_you", Ethnicity, Always},
    FieldSpec{"religion", "Tôn giáo", QT_TRANSLATE_NOOP("PassportForm", "Religion"), "about_you", Religion, Always},
    FieldSpec{"permanent_address.province", "Địa chỉ thường trú: tỉnh, thành phố", QT_TRANSLATE_NOOP("PassportForm", "Permanent address: province or city"), "addresses", Province, Always},
    FieldSpec{"permanent_address.commune", "Địa chỉ thường trú: xã, phường, đặc khu", QT_TRANSLATE_NOOP("PassportForm", "Permanent address: commune or ward"), "addresses", Commune, Always},
    FieldSpec{"permanent_address.street", "Địa chỉ thường trú: số nhà, đường, thôn, tổ", QT_TRANSLATE_NOOP("PassportForm", "Permanent address: house, street, hamlet"), "addresses", Text, Always},
    FieldSpec{"current_address.province", "Địa chỉ tạm trú: tỉnh, thành phố", QT_TRANSLATE_NOOP("PassportForm", "Temporary address: province or city"), "addresses", Province, Conditional},
    FieldSpec{"current_address.commune", "Địa chỉ tạm trú: xã, phường, đặc khu", QT_TRANSLATE_NOOP("PassportForm", "Temporary address: commune or ward"), "addresses", Commune, Conditional},
    FieldSpec{"current_address.street", "Địa chỉ tạm trú: số nhà, đường, thôn, tổ", QT_TRANSLATE_NOOP("PassportForm", "Temporary address: house, street, hamlet"), "addresses", Text, Conditional},
    FieldSpec{"father.name", "Cha: họ và tên", QT_TRANSLATE_NOOP("PassportForm", "Father: full name"), "family", PersonName, Optional},
    FieldSpec{"father.date_of_birth", "Cha: sinh ngày", QT_TRANSLATE_NOOP("PassportForm", "Father: date of birth"), "family", Date, Conditional},
    FieldSpec{"mother.name", "Mẹ: họ và tên", QT_TRANSLATE_NOOP("PassportForm", "Mother: full name"), "family", PersonName, Optional},
    FieldSpec{"mother.date_of_birth", "Mẹ: sinh ngày", QT_TRANSLATE_NOOP("PassportForm", "Mother: date of birth"), "family", Date, Conditional},
    FieldSpec{"previous_passport.number", "Hộ chiếu phổ thông lần gần nhất (nếu có): số", QT_TRANSLATE_NOOP("PassportForm", "Most recent passport (if any): number"), "previous_passport", PassportNumber, Conditional},
    FieldSpec{"previous_passport.issue_date", "Hộ chiếu phổ thông lần gần nhất: cấp ngày", QT_TRANSLATE_NOOP("PassportForm", "Most recent passport: date of issue"), "previous_passport", Date, Conditional},
    FieldSpec{"request.type", "Nội dung đề nghị", QT_TRANSLATE_NOOP("PassportForm", "What you request"), "request", Choice, Always},
    FieldSpec{"request.details", "Ghi rõ lý do, nội dung thay đổi", QT_TRANSLATE_NOOP("PassportForm", "Reason and what changed"), "request", Text, Conditional},
    FieldSpec{"request.chip", "Hộ chiếu có hoặc không gắn chíp điện tử", QT_TRANSLATE_NOOP("PassportForm", "Passport with or without a chip"), "request", Choice, Always},
    FieldSpec{"delivery.method", "Hình thức nhận hộ chiếu", QT_TRANSLATE_NOOP("PassportForm", "How to receive the passport"), "request", Choice, Always},
    FieldSpec{"delivery_address.province", "Địa chỉ nhận qua bưu chính: tỉnh, thành phố", QT_TRANSLATE_NOOP("PassportForm", "Delivery address: province or city"), "request", Province, Conditional},
    FieldSpec{"delivery_address.commune", "Địa chỉ nhận qua bưu chính: xã, phường, đặc khu", QT_TRANSLATE_NOOP("PassportForm", "Delivery address: commune or ward"), "request", Commune, Conditional},
    FieldSpec{"delivery_address.street", "Địa chỉ nhận qua bưu chính: số nhà, đường, thôn, tổ", QT_TRANSLATE_NOOP("PassportForm", "Delivery address: house, street, hamlet"), "request", Text, Conditional},
    FieldSpec{"declaration.confirmed", "Tôi xin cam đoan những thông tin trên là đúng sự thật", QT_TRANSLATE_NOOP("PassportForm", "I declare that the information above is true"), "declaration", Confirmation, Always},
};

constexpr std::array kSex = {ChoiceSpec{"male", "Nam", QT_TRANSLATE_NOOP("PassportForm", "Male")}, ChoiceSpec{"female", "Nữ", QT_TRANSLATE_NOOP("PassportForm", "Female")}};
constexpr std::array kRequestType = {
    ChoiceSpec{"first_issue", "Cấp hộ chiếu lần đầu", QT_TRANSLATE_NOOP("PassportForm", "First passport")},
    ChoiceSpec{"reissue_expired", "Cấp lại do hộ chiếu hết hạn hoặc sắp hết hạn", QT_TRANSLATE_NOOP("PassportForm", "Re-issue: expired or expiring")},
    ChoiceSpec{"reissue_damaged", "Cấp lại do hộ chiếu bị hỏng", QT_TRANSLATE_NOOP("PassportForm", "Re-issue: damaged")},
    ChoiceSpec{"reissue_lost", "Cấp lại do hộ chiếu bị mất", QT_TRANSLATE_NOOP("PassportForm", "Re-issue: lost")},
    ChoiceSpec{"reissue_changed_details", "Cấp lại do thay đổi thông tin nhân thân", QT_TRANSLATE_NOOP("PassportForm", "Re-issue: changed personal details")},
};
constexpr std::array kChip = {ChoiceSpec{"chip", "Có gắn chíp điện tử", QT_TRANSLATE_NOOP("PassportForm", "With chip")},
                              ChoiceSpec{"no_chip", "Không gắn chíp điện tử", QT_TRANSLATE_NOOP("PassportForm", "Without chip")}};
constexpr std::array kDelivery = {ChoiceSpec{"pickup", "Nhận trực tiếp tại cơ quan", QT_TRANSLATE_NOOP("PassportForm", "Collect at the office")},
                                  ChoiceSpec{"post", "Nhận qua dịch vụ bưu chính", QT_TRANSLATE_NOOP("PassportForm", "Send by post")}};
constexpr std::array kRelationship = {ChoiceSpec{"father", "Cha", QT_TRANSLATE_NOOP("PassportForm", "Father")}, ChoiceSpec{"mother", "Mẹ", QT_TRANSLATE_NOOP("PassportForm", "Mother")},
                                      ChoiceSpec{"guardian", "Người giám hộ", QT_TRANSLATE_NOOP("PassportForm", "Guardian")}};
constexpr std::array<std::string_view, 7> kChoiceKeys = {
    "sex", "representative.sex", "request.type", "request.chip", "delivery.method", "representative.relationship",
    "declaration.confirmed"};
constexpr std::array kConfirmed = {ChoiceSpec{"yes", "Đã cam đoan", QT_TRANSLATE_NOOP("PassportForm", "Declared")}};

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

std::span<const std::string_view> choiceKeys()
{
    return kChoiceKeys;
}

}  // namespace motcua::form

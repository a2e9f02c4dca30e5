#include "kiosk/scan/cccd_payload.h"

#include <algorithm>

#include "kiosk/scan/code_kind.h"
#include "kiosk/scan/scanned_text.h"

namespace motcua {
namespace {

// One sentence for every "this is some other code" case: the citizen holds
// the wrong side, the wrong card, or a receipt; the code tells support which.
constexpr const char *kNotCccd = "Mã QR không phải của thẻ căn cước";
constexpr const char *kRescan = "Mã QR đọc chưa đúng, vui lòng quét lại mặt sau thẻ";

// The 12-digit personal ID number came into use on 1 January 2016 (Law on
// Citizen Identification 2014); no card carrying it was issued earlier.
constexpr int kFirstIssueYear = 2016;

bool allDigits(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string_view> splitKeepingEmpty(std::string_view text, char separator)
{
    std::vector<std::string_view> fields;
    size_t start = 0;
    while (true) {
        const auto end = text.find(separator, start);
        if (end == std::string_view::npos) {
            fields.push_back(text.substr(start));
            return fields;
        }
        fields.push_back(text.substr(start, end - start));
        start = end + 1;
    }
}

std::string_view trimLineEnds(std::string_view text)
{
    auto isEol = [](char c) { return c == '\r' || c == '\n'; };
    while (!text.empty() && isEol(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isEol(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

Status refuseOtherKinds(std::string_view text)
{
    switch (classifyCode(text)) {
    case CodeKind::Empty: return fail("cccd.empty", "Không đọc được nội dung mã QR, vui lòng quét lại");
    case CodeKind::Url: return fail("cccd.url", std::string(kNotCccd) + " (đây là một đường dẫn web)");
    case CodeKind::VietQr: return fail("cccd.payment", std::string(kNotCccd) + " (đây là mã thanh toán)");
    case CodeKind::MotcuaReceipt: return fail("cccd.receipt", std::string(kNotCccd) + " (đây là mã biên nhận)");
    case CodeKind::Other: return fail("cccd.not_cccd", kNotCccd);
    case CodeKind::CccdLike: return {};
    }
    return fail("cccd.not_cccd", kNotCccd);
}

Result<PersonalIdNumber> checkIdNumber(std::string_view field)
{
    auto id = parsePersonalIdNumber(field);
    if (!id) {
        // id.length / id.digits / id.province → cccd.id_length …
        return fail("cccd.id_" + id.error().code.substr(id.error().code.find('.') + 1),
                    "Số định danh cá nhân trong mã QR không hợp lệ");
    }
    return id;
}

Status checkOldIdNumber(std::string_view field)
{
    // 9-digit CMND, or the 12-digit CMND some provinces issued 2012–2016.
    if (field.empty() || ((field.size() == 9 || field.size() == 12) && allDigits(field))) {
        return {};
    }
    return fail("cccd.old_id", "Số chứng minh nhân dân cũ trong mã QR không hợp lệ");
}

Status checkName(std::string_view field)
{
    const auto text = decodeUtf8(field);
    if (!text || text->size() < 2 || text->size() > 100 || !isPlausibleVietnameseName(*text)) {
        return fail("cccd.name", "Họ tên trong mã QR không hợp lệ");
    }
    return {};
}

Result<Sex> checkSex(std::string_view field)
{
    if (field == "Nam") {
        return Sex::Male;
    }
    if (field == "Nữ") {
        return Sex::Female;
    }
    return fail("cccd.sex", "Giới tính trong mã QR không hợp lệ");
}

Status checkAddress(std::string_view field)
{
    const auto text = decodeUtf8(field);
    if (!text || text->size() > 300 || !isPlausibleVietnameseAddress(*text)) {
        return fail("cccd.address", "Địa chỉ trong mã QR không hợp lệ");
    }
    return {};
}

Status checkExtraField(std::string_view field)
{
    const auto text = decodeUtf8(field);
    if (!text || text->size() > 300) {
        return fail("cccd.extra_field", kRescan);
    }
    // Names, numbers, addresses or empty: the same repertoire as an address.
    if (!text->empty() && !allDigits(field) && !isPlausibleVietnameseAddress(*text)) {
        return fail("cccd.extra_field", kRescan);
    }
    return {};
}

}  // namespace

const char *variantName(CccdVariant variant)
{
    switch (variant) {
    case CccdVariant::SevenFields: return "7-field";
    case CccdVariant::SixFields: return "6-field";
    case CccdVariant::Extended: return "extended";
    }
    return "?";
}

Result<CccdPayload> parseCccdPayload(std::string_view bytes, const CivilDate &today)
{
    if (bytes.size() > kCccdMaxBytes) {
        return fail("cccd.too_long", kNotCccd);
    }
    const auto trimmed = trimLineEnds(bytes);
    const auto codepoints = decodeUtf8(trimmed);
    if (!codepoints) {
        // A broken decoder or a keyboard-wedge scanner mangled the letters.
        return fail("cccd.utf8", "Mã QR bị đọc sai ký tự, vui lòng quét lại bằng camera");
    }
    if (auto other = refuseOtherKinds(trimmed); !other) {
        return unexpected(other.error());
    }
    if (containsControlCharacter(*codepoints)) {
        return fail("cccd.control", kRescan);
    }
    const std::string normalized = toNfc(trimmed);
    const auto fields = splitKeepingEmpty(normalized, '|');

    CccdPayload payload;
    if (fields.size() == 6) {
        payload.variant = CccdVariant::SixFields;
    } else if (fields.size() == 7) {
        payload.variant = CccdVariant::SevenFields;
    } else if (fields.size() > 7 && fields.size() <= kCccdMaxFields) {
        payload.variant = CccdVariant::Extended;
    } else {
        return fail("cccd.field_count", kNotCccd);
    }
    // Index of each field; the six-field form has no old ID number.
    const size_t shift = payload.variant == CccdVariant::SixFields ? 1 : 0;
    const auto at = [&](size_t sevenFieldIndex) { return fields[sevenFieldIndex - shift]; };

    auto id = checkIdNumber(fields[0]);
    if (!id) {
        return unexpected(id.error());
    }
    payload.id = std::move(*id);
    if (shift == 0) {
        if (auto ok = checkOldIdNumber(fields[1]); !ok) {
            return unexpected(ok.error());
        }
        payload.oldIdNumber = std::string(fields[1]);
    }
    if (auto ok = checkName(at(2)); !ok) {
        return unexpected(ok.error());
    }
    payload.fullName = std::string(at(2));

    const auto birth = parseDdMmYyyy(at(3));
    if (!birth || birth->year < 1900 || *birth > today) {
        return fail("cccd.birth_date", "Ngày sinh trong mã QR không hợp lệ");
    }
    payload.birthDate = *birth;

    auto sex = checkSex(at(4));
    if (!sex) {
        return unexpected(sex.error());
    }
    payload.sex = *sex;

    if (auto ok = checkAddress(at(5)); !ok) {
        return unexpected(ok.error());
    }
    payload.address = std::string(at(5));

    const auto issued = parseDdMmYyyy(at(6));
    if (!issued || issued->year < kFirstIssueYear) {
        return fail("cccd.issue_date", "Ngày cấp trong mã QR không hợp lệ");
    }
    if (*issued < payload.birthDate) {
        return fail("cccd.issue_before_birth", "Ngày cấp trong mã QR sớm hơn ngày sinh, vui lòng quét lại");
    }
    if (*issued > today) {
        return fail("cccd.issue_future", "Ngày cấp trong mã QR ở sau ngày hôm nay, vui lòng quét lại");
    }
    payload.issueDate = *issued;

    // The ID number encodes sex and birth year; a disagreement is a misread
    // or someone else's card.
    if (auto match = checkIdMatchesPerson(payload.id, payload.sex, payload.birthDate.year); !match) {
        if (match.error().code == "id.sex") {
            return fail("cccd.id_sex", "Số định danh không khớp với giới tính trong mã QR, vui lòng quét lại");
        }
        return fail("cccd.id_birth_year", "Số định danh không khớp với năm sinh trong mã QR, vui lòng quét lại");
    }

    for (size_t i = 7; i < fields.size(); ++i) {
        if (auto ok = checkExtraField(fields[i]); !ok) {
            return unexpected(ok.error());
        }
        payload.extraFields.emplace_back(fields[i]);
    }
    return payload;
}

}  // namespace motcua

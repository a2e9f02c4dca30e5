// The ID card payload parser: every documented variant is accepted, and each
// kind of bad payload is refused with its own code and a Vietnamese reason.
#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "kiosk/scan/cccd_payload.h"

namespace motcua {
namespace {

const CivilDate kToday{2025, 7, 1};

// Male born 1990 in Hà Nội (001, century/sex digit 0, year 90).
const std::string kSeven =
    "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội|15042021";

Result<CccdPayload> parse(const std::string &text) { return parseCccdPayload(text, kToday); }

TEST(CccdPayload, AcceptsTheSevenFieldForm)
{
    const auto payload = parse(kSeven);
    ASSERT_TRUE(payload) << payload.error().code;
    EXPECT_EQ(payload->variant, CccdVariant::SevenFields);
    EXPECT_EQ(payload->id.digits, "001090123456");
    EXPECT_EQ(payload->id.provinceName, "Hà Nội");
    EXPECT_EQ(payload->oldIdNumber, "012345678");
    EXPECT_EQ(payload->fullName, "Nguyễn Văn An");
    EXPECT_EQ(payload->birthDate, (CivilDate{1990, 1, 1}));
    EXPECT_EQ(payload->sex, Sex::Male);
    EXPECT_EQ(payload->address, "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội");
    EXPECT_EQ(payload->issueDate, (CivilDate{2021, 4, 15}));
    EXPECT_TRUE(payload->extraFields.empty());
}

TEST(CccdPayload, AcceptsAnEmptyOldIdNumber)
{
    const auto payload =
        parse("079301234567||Trần Thị Bình|12052001|Nữ|12/3 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|20082022");
    ASSERT_TRUE(payload) << payload.error().code;
    EXPECT_EQ(payload->oldIdNumber, "");
    EXPECT_EQ(payload->sex, Sex::Female);
    EXPECT_EQ(payload->birthDate.year, 2001);
    EXPECT_EQ(payload->id.provinceName, "Hồ Chí Minh");
}

TEST(CccdPayload, AcceptsATwelveDigitOldIdNumber)
{
    auto text = kSeven;
    text.replace(13, 9, "001234567890");
    const auto payload = parse(text);
    ASSERT_TRUE(payload) << payload.error().code;
    EXPECT_EQ(payload->oldIdNumber, "001234567890");
}

TEST(CccdPayload, AcceptsTheSixFieldForm)
{
    const auto payload = parse("001190012345|Lê Thị Cúc|28021990|Nữ|Thôn Đông, Xã Tân Lập, Hà Nội|01072021");
    ASSERT_TRUE(payload) << payload.error().code;
    EXPECT_EQ(payload->variant, CccdVariant::SixFields);
    EXPECT_EQ(payload->fullName, "Lê Thị Cúc");
    EXPECT_EQ(payload->oldIdNumber, "");
    EXPECT_EQ(payload->issueDate, (CivilDate{2021, 7, 1}));
}

TEST(CccdPayload, AcceptsExtraFieldsOfNewerCardsWithoutInterpretingThem)
{
    const auto payload = parse(kSeven + "|Nguyễn Văn Bố|Trần Thị Mẹ||001060000001");
    ASSERT_TRUE(payload) << payload.error().code;
    EXPECT_EQ(payload->variant, CccdVariant::Extended);
    ASSERT_EQ(payload->extraFields.size(), 4u);
    EXPECT_EQ(payload->extraFields[0], "Nguyễn Văn Bố");
    EXPECT_EQ(payload->extraFields[2], "");
}

TEST(CccdPayload, TrimsLineEndsFromScanners)
{
    EXPECT_TRUE(parse(kSeven + "\r\n"));
    EXPECT_TRUE(parse(kSeven + "\n"));
    EXPECT_TRUE(parse("\r\n" + kSeven));
}

TEST(CccdPayload, NormalisesDecomposedTextToNfc)
{
    // "Nữ" and "Lê" written with combining marks, as some decoders return them.
    const std::string decomposed =
        "001190012345|Le\xCC\x82 Thi\xCC\xA3 Cu\xCC\x81"
        "c|28021990|Nu\xCC\x9B\xCC\x83|Tho\xCC\x82n \xC4\x90o\xCC\x82ng, Ha\xCC\x80 No\xCC\xA3\xCC\x82i|01072021";
    const auto payload = parse(decomposed);
    ASSERT_TRUE(payload) << payload.error().code;
    EXPECT_EQ(payload->fullName, "Lê Thị Cúc");
    EXPECT_EQ(payload->sex, Sex::Female);
    EXPECT_EQ(payload->address, "Thôn Đông, Hà Nội");
}

TEST(CccdPayload, AcceptsIssueOnTheDayOfTheCheck)
{
    auto text = kSeven;
    text.replace(text.size() - 8, 8, "01072025");
    EXPECT_TRUE(parse(text));
}

struct BadPayload {
    const char *what;
    std::string payload;
    std::string code;
    std::string reasonContains;
};

std::string withField(size_t index, const std::string &value)
{
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
        const auto end = kSeven.find('|', start);
        fields.push_back(kSeven.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    fields[index] = value;
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) {
        out += (i ? "|" : "") + fields[i];
    }
    return out;
}

class CccdPayloadRejects : public testing::TestWithParam<BadPayload> {};

TEST_P(CccdPayloadRejects, WithTheRightReason)
{
    const auto &bad = GetParam();
    const auto payload = parse(bad.payload);
    ASSERT_FALSE(payload) << bad.what;
    EXPECT_EQ(payload.error().code, bad.code) << bad.what;
    EXPECT_NE(payload.error().message.find(bad.reasonContains), std::string::npos)
        << bad.what << ": " << payload.error().message;
}

const std::string kNotCard = "Mã QR không phải của thẻ căn cước";

INSTANTIATE_TEST_SUITE_P(
    KindsOfBadPayload, CccdPayloadRejects,
    testing::Values(
        BadPayload{"empty", "", "cccd.empty", "Không đọc được"},
        BadPayload{"only a line end", "\r\n", "cccd.empty", "Không đọc được"},
        BadPayload{"five fields", "001090123456|Nguyễn Văn An|01011990|Nam|15042021", "cccd.field_count", kNotCard},
        BadPayload{"seventeen fields", kSeven + "|a|b|c|d|e|f|g|h|i|k", "cccd.field_count", kNotCard},
        BadPayload{"address-only QR", "1 Tràng Tiền, Hoàn Kiếm, Hà Nội", "cccd.not_cccd", kNotCard},
        BadPayload{"plain number", "001090123456", "cccd.not_cccd", kNotCard},
        BadPayload{"URL", "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", "cccd.url", "đường dẫn web"},
        BadPayload{"URL with pipes", "http://example.vn/?a=1|2|3|4|5|6", "cccd.url", "đường dẫn web"},
        BadPayload{"VietQR payment code",
                   "00020101021238530010A0000007270123000697041601092245284790208QRIBFTTA53037045405100005802VN"
                   "62340107NPS68690819TRANSFER TO SOMEONE6304AC13",
                   "cccd.payment", "thanh toán"},
        BadPayload{"motcua receipt", "MOTCUA:R:HN1-20250704-0042", "cccd.receipt", "biên nhận"},
        BadPayload{"11-digit ID", withField(0, "00109012345"), "cccd.id_length", "Số định danh"},
        BadPayload{"13-digit ID", withField(0, "0010901234567"), "cccd.id_length", "Số định danh"},
        BadPayload{"letter in ID", withField(0, "00109O123456"), "cccd.id_digits", "Số định danh"},
        BadPayload{"unknown province 003", withField(0, "003090123456"), "cccd.id_province", "Số định danh"},
        BadPayload{"sex digit says female", withField(0, "001190123456"), "cccd.id_sex", "giới tính"},
        BadPayload{"century digit says 2000s", withField(0, "001290123456"), "cccd.id_birth_year", "năm sinh"},
        BadPayload{"century digit says 2100s", withField(0, "001490123456"), "cccd.id_birth_year", "năm sinh"},
        BadPayload{"digit says female in the 2000s", withField(0, "001390123456"), "cccd.id_sex", "giới tính"},
        BadPayload{"birth year digits differ", withField(0, "001091123456"), "cccd.id_birth_year", "năm sinh"},
        BadPayload{"female male-digit century", withField(4, "Nữ"), "cccd.id_sex", "giới tính"},
        BadPayload{"8-digit old ID", withField(1, "12345678"), "cccd.old_id", "chứng minh"},
        BadPayload{"old ID with letter", withField(1, "01234567A"), "cccd.old_id", "chứng minh"},
        BadPayload{"empty name", withField(2, ""), "cccd.name", "Họ tên"},
        BadPayload{"digit in name", withField(2, "Nguyễn Văn 4n"), "cccd.name", "Họ tên"},
        BadPayload{"double space in name", withField(2, "Nguyễn  Văn An"), "cccd.name", "Họ tên"},
        BadPayload{"non-Vietnamese letter in name", withField(2, "Nguyễn Văn Ån"), "cccd.name", "Họ tên"},
        BadPayload{"mojibake name (UTF-8 read as Latin-1)", withField(2, "NguyÃ»n VÄƒn An"), "cccd.name",
                   "Họ tên"},
        BadPayload{"31 February", withField(3, "31021990"), "cccd.birth_date", "Ngày sinh trong mã QR không hợp lệ"},
        BadPayload{"month 13", withField(3, "01131990"), "cccd.birth_date", "Ngày sinh"},
        BadPayload{"29 Feb of a common year", withField(3, "29021990"), "cccd.birth_date", "Ngày sinh"},
        BadPayload{"date with slashes", withField(3, "01/01/1990"), "cccd.birth_date", "Ngày sinh"},
        BadPayload{"born in the future", "001226123456|012345678|Nguyễn Văn An|01012026|Nam|Hà Nội|15042021",
                   "cccd.birth_date", "Ngày sinh"},
        BadPayload{"gender in English", withField(4, "Male"), "cccd.sex", "Giới tính"},
        BadPayload{"gender lower case", withField(4, "nam"), "cccd.sex", "Giới tính"},
        BadPayload{"empty address", withField(5, ""), "cccd.address", "Địa chỉ"},
        BadPayload{"address with a symbol", withField(5, "Hà Nội ☺"), "cccd.address", "Địa chỉ"},
        BadPayload{"impossible issue date", withField(6, "00002021"), "cccd.issue_date", "Ngày cấp"},
        BadPayload{"issued before the number existed", withField(6, "15042015"), "cccd.issue_date", "Ngày cấp"},
        BadPayload{"issued in the future", withField(6, "02072025"), "cccd.issue_future", "Ngày cấp"},
        BadPayload{"issued before birth",
                   "001222123456|012345678|Nguyễn Văn An|01012022|Nam|Hà Nội|15042021", "cccd.issue_before_birth",
                   "Ngày cấp"},
        BadPayload{"invalid UTF-8", "001090123456|012345678|Nguy\xE1\xBB|01011990|Nam|Hà Nội|15042021", "cccd.utf8",
                   "sai ký tự"},
        BadPayload{"overlong UTF-8", "001090123456|012345678|Nguy\xC0\xAF|01011990|Nam|Hà Nội|15042021", "cccd.utf8",
                   "sai ký tự"},
        BadPayload{"UTF-8 surrogate", "001090123456|012345678|\xED\xA0\x80|01011990|Nam|Hà Nội|15042021",
                   "cccd.utf8", "sai ký tự"},
        BadPayload{"tab inside", withField(5, "Hà\tNội"), "cccd.control", "quét lại"},
        BadPayload{"line break inside", withField(2, "Nguyễn\nVăn An"), "cccd.control", "quét lại"},
        BadPayload{"NUL byte inside", kSeven.substr(0, 20) + std::string(1, '\0') + kSeven.substr(20), "cccd.control",
                   "quét lại"},
        BadPayload{"extra field with a symbol", kSeven + "|Nguyễn Văn Bố|@@@", "cccd.extra_field", "quét lại"},
        BadPayload{"too long", kSeven + std::string(3000, ' '), "cccd.too_long", kNotCard}),
    [](const testing::TestParamInfo<BadPayload> &info) {
        std::string name;
        for (const char c : std::string(info.param.what)) {
            name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        }
        return std::to_string(info.index) + "_" + name;
    });

}  // namespace
}  // namespace motcua

#include "kiosk/form/vietqr.h"

#include <algorithm>
#include <vector>

#include "kiosk/form/emv_tlv.h"

namespace motcua::form {
namespace {

constexpr std::string_view kNapasGuid = "A000000727";
constexpr std::string_view kCurrencyVnd = "704";  // ISO 4217
constexpr std::string_view kCountry = "VN";

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool alnum(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    });
}
bool printableAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c <= 0x7E; });
}

std::string_view serviceCode(VietQrService service)
{
    return service == VietQrService::ToAccount ? "QRIBFTTA" : "QRIBFTTC";
}

const std::string *findTag(const std::vector<TlvField> &fields, std::string_view id)
{
    for (const auto &f : fields) {
        if (f.id == id) {
            return &f.value;
        }
    }
    return nullptr;
}

}  // namespace

Result<std::string> buildVietQr(const VietQrPayment &payment)
{
    if (payment.bankBin.size() != 6 || !allDigits(payment.bankBin)) {
        return fail("vietqr.bin", "The bank BIN has 6 digits");
    }
    if (payment.account.size() > 19 || !alnum(payment.account)) {
        return fail("vietqr.account", "The account has 1 to 19 letters or digits");
    }
    if (payment.amountVnd && (*payment.amountVnd <= 0 || std::to_string(*payment.amountVnd).size() > 13)) {
        return fail("vietqr.amount", "The amount is a positive whole number of VND");
    }
    if (payment.billNumber.size() > 25 || payment.purpose.size() > 25 || !printableAscii(payment.billNumber) ||
        !printableAscii(payment.purpose)) {
        return fail("vietqr.text", "Bill number and purpose: at most 25 ASCII characters, no diacritics");
    }
    // Every length is bounded above, so encodeTlv cannot fail here.
    const std::string beneficiary = *encodeTlv("00", payment.bankBin) + *encodeTlv("01", payment.account);
    const std::string account = *encodeTlv("00", kNapasGuid) + *encodeTlv("01", beneficiary) +
                                *encodeTlv("02", serviceCode(payment.service));
    std::string additional;
    if (!payment.billNumber.empty()) {
        additional += *encodeTlv("01", payment.billNumber);
    }
    if (!payment.purpose.empty()) {
        additional += *encodeTlv("08", payment.purpose);
    }
    std::string out = *encodeTlv("00", "01") + *encodeTlv("01", payment.amountVnd ? "12" : "11") +
                      *encodeTlv("38", account) + *encodeTlv("53", kCurrencyVnd);
    if (payment.amountVnd) {
        out += *encodeTlv("54", std::to_string(*payment.amountVnd));
    }
    out += *encodeTlv("58", kCountry);
    if (!additional.empty()) {
        out += *encodeTlv("62", additional);
    }
    out += "6304";
    out += crcHex(crc16CcittFalse(out));
    return out;
}

Result<VietQrPayment> parseVietQr(std::string_view payload)
{
    // The CRC field is always last and covers everything before its value.
    if (payload.size() < 8 || payload.substr(payload.size() - 8, 4) != "6304") {
        return fail("vietqr.crc", "The payload must end with the CRC field 6304XXXX");
    }
    const std::string_view body = payload.substr(0, payload.size() - 4);
    std::string given(payload.substr(payload.size() - 4));
    std::transform(given.begin(), given.end(), given.begin(), [](char c) { return c >= 'a' && c <= 'f' ? c - 32 : c; });
    if (given != crcHex(crc16CcittFalse(body))) {
        return fail("vietqr.crc", "The CRC does not match the payload");
    }
    auto fields = parseTlv(payload);
    if (!fields) {
        return unexpected(fields.error());
    }
    if (fields->empty() || fields->front().id != "00" || fields->front().value != "01") {
        return fail("vietqr.format", "The payload must start with format indicator 000201");
    }
    VietQrPayment payment;
    const std::string *initiation = findTag(*fields, "01");
    if (initiation && *initiation != "11" && *initiation != "12") {
        return fail("vietqr.format", "Tag 01 must be 11 (static) or 12 (dynamic)");
    }
    const std::string *merchant = findTag(*fields, "38");
    if (!merchant) {
        return fail("vietqr.missing", "Tag 38 (NAPAS merchant account) is missing");
    }
    auto inner = parseTlv(*merchant);
    if (!inner) {
        return unexpected(inner.error());
    }
    const std::string *guid = findTag(*inner, "00");
    if (!guid || *guid != kNapasGuid) {
        return fail("vietqr.guid", "Tag 38/00 must be the NAPAS GUID A000000727");
    }
    const std::string *beneficiary = findTag(*inner, "01");
    if (!beneficiary) {
        return fail("vietqr.missing", "Tag 38/01 (beneficiary) is missing");
    }
    auto bank = parseTlv(*beneficiary);
    if (!bank) {
        return unexpected(bank.error());
    }
    const std::string *bin = findTag(*bank, "00");
    const std::string *account = findTag(*bank, "01");
    if (!bin || bin->size() != 6 || !allDigits(*bin)) {
        return fail("vietqr.bin", "Tag 38/01/00 must be a 6-digit bank BIN");
    }
    if (!account || account->size() > 19 || !alnum(*account)) {
        return fail("vietqr.account", "Tag 38/01/01 must be 1 to 19 letters or digits");
    }
    payment.bankBin = *bin;
    payment.account = *account;
    const std::string *service = findTag(*inner, "02");
    if (!service || (*service != "QRIBFTTA" && *service != "QRIBFTTC")) {
        return fail("vietqr.service", "Tag 38/02 must be QRIBFTTA or QRIBFTTC");
    }
    payment.service = *service == "QRIBFTTA" ? VietQrService::ToAccount : VietQrService::ToCard;
    const std::string *currency = findTag(*fields, "53");
    if (!currency || *currency != kCurrencyVnd) {
        return fail("vietqr.currency", "Tag 53 must be 704 (VND)");
    }
    if (const std::string *amount = findTag(*fields, "54")) {
        if (!allDigits(*amount) || amount->size() > 13 || amount->find_first_not_of('0') == std::string::npos) {
            return fail("vietqr.amount", "Tag 54 must be a positive whole number of VND");
        }
        payment.amountVnd = std::stoll(*amount);
    }
    const std::string *country = findTag(*fields, "58");
    if (!country || *country != kCountry) {
        return fail("vietqr.country", "Tag 58 must be VN");
    }
    if (const std::string *additional = findTag(*fields, "62")) {
        auto extra = parseTlv(*additional);
        if (!extra) {
            return unexpected(extra.error());
        }
        if (const std::string *bill = findTag(*extra, "01")) {
            payment.billNumber = *bill;
        }
        if (const std::string *purpose = findTag(*extra, "08")) {
            payment.purpose = *purpose;
        }
    }
    return payment;
}

}  // namespace motcua::form

#include "kiosk/portal/portal_json.h"

#include <QByteArray>
#include <nlohmann/json.hpp>
#include <regex>

namespace motcua {
namespace {

using nlohmann::json;

auto badResponse(const std::string &what)
{
    return fail("portal.bad_response", "the portal's answer could not be read: " + what);
}

Result<json> parseObject(std::string_view body)
{
    auto document = json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded() || !document.is_object()) {
        return badResponse("not a JSON object");
    }
    return document;
}

Result<std::string> text(const json &object, const char *key, size_t maxLength = 512)
{
    const auto found = object.find(key);
    if (found == object.end() || !found->is_string()) {
        return badResponse(std::string("missing text field '") + key + "'");
    }
    auto value = found->get<std::string>();
    if (value.size() > maxLength) {
        return badResponse(std::string("field '") + key + "' is too long");
    }
    return value;
}

std::string optionalText(const json &object, const char *key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

Result<int64_t> amount(const json &object, const char *key)
{
    const auto found = object.find(key);
    if (found == object.end() || !found->is_number_integer()) {
        return badResponse(std::string("missing whole number '") + key + "'");
    }
    const auto value = found->get<int64_t>();
    if (value < 0 || value > 1'000'000'000'000) {
        return badResponse(std::string("'") + key + "' is out of range");
    }
    return value;
}

bool isIsoDate(const std::string &value)
{
    static const std::regex pattern(R"(\d{4}-\d{2}-\d{2})");
    return std::regex_match(value, pattern);
}

bool isReceiptNumber(const std::string &value)
{
    // Printed, typed and encoded in QR codes: keep it to a safe alphabet.
    static const std::regex pattern(R"([A-Z0-9][A-Z0-9.-]{3,39})");
    return std::regex_match(value, pattern);
}

// Every answer about an application names it the same way.
Result<std::string> receiptNumberOf(const json &document)
{
    auto number = text(document, "receipt_number", 40);
    if (!number || !isReceiptNumber(*number)) {
        return badResponse("receipt_number missing or malformed");
    }
    return number;
}

json objectOrEmpty(const std::string &text)
{
    auto parsed = json::parse(text, nullptr, false);
    return parsed.is_discarded() || !parsed.is_object() ? json::object() : parsed;
}

}  // namespace

std::string toBase64(std::string_view bytes)
{
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())).toBase64().toStdString();
}

Result<std::string> fromBase64(std::string_view text)
{
    auto decoded = QByteArray::fromBase64Encoding(QByteArray(text.data(), static_cast<qsizetype>(text.size())),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return fail("portal.bad_request", "photo is not valid base64");
    }
    return decoded.decoded.toStdString();
}

std::string submissionToJson(const ApplicationSubmission &submission)
{
    const json body{{"local_reference", submission.localReference},
                    {"kiosk_id", submission.kioskId},
                    {"site_id", submission.siteId},
                    {"procedure", submission.procedure},
                    {"form", objectOrEmpty(submission.formJson)},
                    {"id_scan", objectOrEmpty(submission.idScanJson)},
                    {"photo_jpeg_base64", toBase64(submission.photoJpeg)}};
    return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<ApplicationSubmission> submissionFromJson(std::string_view body)
{
    auto document = parseObject(body);
    if (!document) {
        return unexpected(document.error());
    }
    ApplicationSubmission submission;
    auto localReference = text(*document, "local_reference", 64);
    auto kiosk = text(*document, "kiosk_id", 64);
    auto site = text(*document, "site_id", 64);
    auto procedure = text(*document, "procedure", 64);
    auto photo = text(*document, "photo_jpeg_base64", 8 * 1024 * 1024);
    for (const auto *field : {&localReference, &kiosk, &site, &procedure, &photo}) {
        if (!*field) {
            return unexpected(field->error());
        }
    }
    const auto form = document->find("form");
    if (form == document->end() || !form->is_object()) {
        return badResponse("missing object 'form'");
    }
    auto jpeg = fromBase64(*photo);
    if (!jpeg) {
        return unexpected(jpeg.error());
    }
    submission.localReference = *localReference;
    submission.kioskId = *kiosk;
    submission.siteId = *site;
    submission.procedure = *procedure;
    submission.formJson = form->dump();
    const auto scan = document->find("id_scan");
    submission.idScanJson = scan != document->end() && scan->is_object() ? scan->dump() : "{}";
    submission.photoJpeg = std::move(*jpeg);
    return submission;
}

namespace {

json paymentDetailsToJson(const PaymentDetails &payment)
{
    return {{"bank_bin", payment.bankBin},
            {"account", payment.account},
            {"amount_vnd", payment.amountVnd},
            {"reference", payment.reference}};
}

Result<PaymentDetails> parsePaymentDetails(const json &payment)
{
    auto bin = text(payment, "bank_bin", 6);
    auto account = text(payment, "account", 19);
    auto paymentAmount = amount(payment, "amount_vnd");
    auto reference = text(payment, "reference", 25);
    if (!bin || bin->size() != 6 || !account || !paymentAmount || !reference) {
        return badResponse("payment details incomplete");
    }
    return PaymentDetails{*bin, *account, *paymentAmount, *reference};
}

}  // namespace

std::string paymentStateToJson(const PaymentState &state)
{
    json body{{"receipt_number", state.receiptNumber},
              {"paid", state.paid},
              {"payment", paymentDetailsToJson(state.details)}};
    if (state.simulated) {
        body["simulated"] = true;
    }
    return body.dump();
}

Result<PaymentState> parsePaymentState(std::string_view body)
{
    auto document = parseObject(body);
    if (!document) {
        return unexpected(document.error());
    }
    auto number = receiptNumberOf(*document);
    if (!number) {
        return unexpected(number.error());
    }
    const auto paid = document->find("paid");
    if (paid == document->end() || !paid->is_boolean()) {
        return badResponse("missing 'paid'");
    }
    const auto payment = document->find("payment");
    if (payment == document->end() || !payment->is_object()) {
        return badResponse("missing 'payment'");
    }
    auto details = parsePaymentDetails(*payment);
    if (!details) {
        return unexpected(details.error());
    }
    const auto simulated = document->find("simulated");
    return PaymentState{*number, *details, paid->get<bool>(),
                        simulated != document->end() && simulated->is_boolean() && simulated->get<bool>()};
}

std::string receiptToJson(const SubmissionReceipt &receipt)
{
    json body{{"receipt_number", receipt.receiptNumber},
              {"fee_vnd", receipt.feeVnd},
              {"expected_return_date", receipt.expectedReturnDate},
              {"status", receipt.status}};
    if (receipt.payment) {
        body["payment"] = paymentDetailsToJson(*receipt.payment);
    }
    return body.dump();
}

Result<SubmissionReceipt> parseReceipt(std::string_view body)
{
    auto document = parseObject(body);
    if (!document) {
        return unexpected(document.error());
    }
    auto number = receiptNumberOf(*document);
    if (!number) {
        return unexpected(number.error());
    }
    auto fee = amount(*document, "fee_vnd");
    if (!fee) {
        return unexpected(fee.error());
    }
    auto returnDate = text(*document, "expected_return_date", 10);
    if (!returnDate || !isIsoDate(*returnDate)) {
        return badResponse("expected_return_date missing or not YYYY-MM-DD");
    }
    SubmissionReceipt receipt{*number, *fee, *returnDate, optionalText(*document, "status"), std::nullopt};
    if (const auto payment = document->find("payment"); payment != document->end() && payment->is_object()) {
        auto details = parsePaymentDetails(*payment);
        if (!details) {
            return unexpected(details.error());
        }
        receipt.payment = *details;
    }
    return receipt;
}

std::string statusToJson(const ApplicationStatus &status)
{
    json body{{"receipt_number", status.receiptNumber},
              {"status", applicationStateName(status.state)},
              {"updated_at", status.updatedAt},
              {"expected_return_date", status.expectedReturnDate}};
    if (!status.reason.empty()) {
        body["reason"] = status.reason;
    }
    return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<ApplicationStatus> parseStatus(std::string_view body)
{
    auto document = parseObject(body);
    if (!document) {
        return unexpected(document.error());
    }
    auto number = receiptNumberOf(*document);
    if (!number) {
        return unexpected(number.error());
    }
    auto stateName = text(*document, "status", 32);
    if (!stateName) {
        return unexpected(stateName.error());
    }
    const auto state = applicationStateFromName(*stateName);
    if (!state) {
        return badResponse("unknown status");
    }
    ApplicationStatus status;
    status.receiptNumber = *number;
    status.state = *state;
    status.reason = optionalText(*document, "reason").substr(0, 500);
    status.updatedAt = optionalText(*document, "updated_at").substr(0, 40);
    status.expectedReturnDate = optionalText(*document, "expected_return_date");
    if (!status.expectedReturnDate.empty() && !isIsoDate(status.expectedReturnDate)) {
        return badResponse("expected_return_date not YYYY-MM-DD");
    }
    return status;
}

std::string catalogueToJson(const Catalogue &catalogue)
{
    json procedures = json::array();
    for (const auto &procedure : catalogue.procedures) {
        procedures.push_back({{"id", procedure.id},
                              {"name_vi", procedure.nameVi},
                              {"name_en", procedure.nameEn},
                              {"fee_vnd", procedure.feeVnd},
                              {"return_working_days", procedure.returnWorkingDays},
                              {"fully_online", procedure.fullyOnline}});
    }
    return json{{"version", catalogue.version}, {"procedures", procedures}}.dump(-1, ' ', false,
                                                                                json::error_handler_t::replace);
}

Result<Catalogue> parseCatalogue(std::string_view body)
{
    auto document = parseObject(body);
    if (!document) {
        return unexpected(document.error());
    }
    auto version = text(*document, "version", 10);
    if (!version || !isIsoDate(*version)) {
        return badResponse("catalogue version missing or not YYYY-MM-DD");
    }
    const auto list = document->find("procedures");
    if (list == document->end() || !list->is_array() || list->size() > 500) {
        return badResponse("procedures missing");
    }
    Catalogue catalogue{*version, {}};
    for (const auto &item : *list) {
        if (!item.is_object()) {
            return badResponse("procedure is not an object");
        }
        auto id = text(item, "id", 64);
        auto nameVi = text(item, "name_vi");
        auto fee = amount(item, "fee_vnd");
        if (!id || !nameVi || !fee) {
            return badResponse("procedure incomplete");
        }
        Procedure procedure{*id, *nameVi, optionalText(item, "name_en"), *fee, 0, false};
        if (const auto days = item.find("return_working_days"); days != item.end() && days->is_number_integer()) {
            procedure.returnWorkingDays = static_cast<int>(std::clamp<int64_t>(days->get<int64_t>(), 0, 365));
        }
        if (const auto online = item.find("fully_online"); online != item.end() && online->is_boolean()) {
            procedure.fullyOnline = online->get<bool>();
        }
        catalogue.procedures.push_back(std::move(procedure));
    }
    return catalogue;
}

std::string parseErrorMessage(std::string_view body)
{
    auto document = json::parse(body.begin(), body.end(), nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        return {};
    }
    const auto error = document.find("error");
    if (error == document.end() || !error->is_object()) {
        return {};
    }
    return optionalText(*error, "message").substr(0, 300);
}

}  // namespace motcua

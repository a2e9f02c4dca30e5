#pragma once
// Reading and writing the contract's JSON bodies. Parsers never trust the
// portal: a missing field, a wrong type or an absurd value is an error value
// (code portal.bad_response), never an exception or a crash. Fuzzed.
#include <string>
#include <string_view>

#include "kiosk/core/result.h"
#include "kiosk/portal/portal_types.h"

namespace motcua {

std::string submissionToJson(const ApplicationSubmission &submission);
Result<ApplicationSubmission> submissionFromJson(std::string_view body);  // used by the simulator

std::string receiptToJson(const SubmissionReceipt &receipt);
Result<SubmissionReceipt> parseReceipt(std::string_view body);

std::string statusToJson(const ApplicationStatus &status);
Result<ApplicationStatus> parseStatus(std::string_view body);

// {"receipt_number", "paid", "simulated"?, "payment": PaymentDetails}
std::string paymentStateToJson(const PaymentState &state);
Result<PaymentState> parsePaymentState(std::string_view body);

std::string catalogueToJson(const Catalogue &catalogue);
Result<Catalogue> parseCatalogue(std::string_view body);

// {"error": {"code": "...", "message": "..."}} → the message, or empty.
std::string parseErrorMessage(std::string_view body);

// Base64 for the photo on the wire.
std::string toBase64(std::string_view bytes);
Result<std::string> fromBase64(std::string_view text);

}  // namespace motcua

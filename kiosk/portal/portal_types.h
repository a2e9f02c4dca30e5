#pragma once
// The kiosk's side of the portal contract (docs/portal-api.yaml).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace motcua {

struct ApplicationSubmission {
    std::string localReference;  // printed on the citizen's paper while the application waits
    std::string idempotencyKey;  // one per application: a retry never creates a second one
    std::string kioskId;
    std::string siteId;
    std::string procedure = "passport.ordinary";
    std::string formJson;  // the declaration's fields as a JSON object
    std::string photoJpeg;  // raw JPEG bytes (base64 on the wire)
    std::string idScanJson;  // the ID-card scan as a JSON object, "{}" when none
};

struct PaymentDetails {
    std::string bankBin;  // 6-digit NAPAS BIN
    std::string account;
    int64_t amountVnd = 0;
    std::string reference;  // goes into the VietQR purpose field
};

// Whether the fee of an application has been paid, and how to pay it.
struct PaymentState {
    std::string receiptNumber;
    PaymentDetails details;
    bool paid = false;
    // The simulator says so: only then may the kiosk offer "I have paid",
    // which asks the simulator to stand in for the bank's confirmation.
    bool simulated = false;
};

struct SubmissionReceipt {
    std::string receiptNumber;  // mã hồ sơ
    int64_t feeVnd = 0;
    std::string expectedReturnDate;  // YYYY-MM-DD
    std::string status;
    std::optional<PaymentDetails> payment;
};

enum class ApplicationState {
    Received,
    Processing,
    NeedsInformation,
    ReadyForPickup,
    Mailed,
    Returned,
    Rejected,
};

const char *applicationStateName(ApplicationState state);  // wire name, e.g. "ready_for_pickup"
std::optional<ApplicationState> applicationStateFromName(std::string_view name);
const std::vector<ApplicationState> &allApplicationStates();

struct ApplicationStatus {
    std::string receiptNumber;
    ApplicationState state = ApplicationState::Received;
    std::string reason;  // for needs_information and rejected
    std::string updatedAt;  // ISO 8601
    std::string expectedReturnDate;
};

struct Procedure {
    std::string id;
    std::string nameVi;
    std::string nameEn;
    int64_t feeVnd = 0;
    int returnWorkingDays = 0;
    bool fullyOnline = false;
};

struct Catalogue {
    std::string version;  // date of the catalogue, YYYY-MM-DD
    std::vector<Procedure> procedures;
};

}  // namespace motcua

#pragma once
// What goes on paper, as plain data: a queue ticket and an application
// receipt. Layouts turn these into documents; the print store keeps them as
// JSON so a failed print can be rendered again.
#include <chrono>
#include <cstdint>
#include <string>

namespace motcua {

struct QueueTicket {
    std::string siteName;
    std::string siteAddress;
    std::string serviceName;
    std::string number;  // "A012"
    std::chrono::sys_seconds issuedAt{};
    int peopleAhead = 0;
    int estimatedWaitMinutes = 0;
    std::string statusUrl;  // the QR: opens the ticket's status
    std::string language = "vi";  // the citizen's; captions print in Vietnamese plus this one
};

enum class ResultDelivery { InPerson, Post };

struct ApplicationReceipt {
    std::string siteName;
    std::string siteAddress;
    std::string hotline;
    std::string procedureName;
    std::string applicantName;  // shortened on paper and in the store ("NGUYỄN V. A")
    std::string receiptNumber;  // from the portal; empty while the application waits in the outbox
    std::string localReference;  // the kiosk's own reference, always set
    int64_t feeVnd = 0;
    bool feePaid = false;
    std::chrono::sys_seconds submittedAt{};
    std::chrono::sys_days expectedReturn{};
    ResultDelivery delivery = ResultDelivery::InPerson;
    std::string language = "vi";  // the citizen's; captions print in Vietnamese plus this one

    // What the citizen quotes and the QR holds: the receipt number once known.
    const std::string &reference() const { return receiptNumber.empty() ? localReference : receiptNumber; }
};

}  // namespace motcua

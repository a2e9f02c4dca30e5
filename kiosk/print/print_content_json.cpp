#include "kiosk/print/print_content_json.h"

#include <nlohmann/json.hpp>

#include "kiosk/print/applicant_name.h"

namespace motcua {
namespace {
using nlohmann::json;

int64_t seconds(std::chrono::sys_seconds at)
{
    return at.time_since_epoch().count();
}
}  // namespace

std::string ticketToJson(const QueueTicket &t)
{
    return json{{"site_name", t.siteName}, {"site_address", t.siteAddress}, {"service", t.serviceName},
                {"number", t.number}, {"issued_at", seconds(t.issuedAt)}, {"people_ahead", t.peopleAhead},
                {"wait_minutes", t.estimatedWaitMinutes}, {"status_url", t.statusUrl},
                {"language", t.language}}
        .dump();
}

Result<QueueTicket> ticketFromJson(const std::string &text)
{
    const auto j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        return fail("print.store_corrupt", "stored ticket is not valid JSON");
    }
    QueueTicket t;
    t.siteName = j.value("site_name", "");
    t.siteAddress = j.value("site_address", "");
    t.serviceName = j.value("service", "");
    t.number = j.value("number", "");
    t.issuedAt = std::chrono::sys_seconds{std::chrono::seconds{j.value("issued_at", int64_t{0})}};
    t.peopleAhead = j.value("people_ahead", 0);
    t.estimatedWaitMinutes = j.value("wait_minutes", 0);
    t.statusUrl = j.value("status_url", "");
    t.language = j.value("language", "vi");
    return t;
}

std::string receiptToJson(const ApplicationReceipt &r)
{
    return json{{"site_name", r.siteName},
                {"site_address", r.siteAddress},
                {"hotline", r.hotline},
                {"procedure", r.procedureName},
                {"applicant_short", shortenApplicantName(r.applicantName)},
                {"receipt_number", r.receiptNumber},
                {"local_reference", r.localReference},
                {"fee_vnd", r.feeVnd},
                {"fee_paid", r.feePaid},
                {"submitted_at", seconds(r.submittedAt)},
                {"expected_return_day", r.expectedReturn.time_since_epoch().count()},
                {"delivery", r.delivery == ResultDelivery::Post ? "post" : "in_person"},
                {"language", r.language}}
        .dump();
}

Result<ApplicationReceipt> receiptFromJson(const std::string &text)
{
    const auto j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        return fail("print.store_corrupt", "stored receipt is not valid JSON");
    }
    ApplicationReceipt r;
    r.siteName = j.value("site_name", "");
    r.siteAddress = j.value("site_address", "");
    r.hotline = j.value("hotline", "");
    r.procedureName = j.value("procedure", "");
    r.applicantName = j.value("applicant_short", "");
    r.receiptNumber = j.value("receipt_number", "");
    r.localReference = j.value("local_reference", "");
    r.feeVnd = j.value("fee_vnd", int64_t{0});
    r.feePaid = j.value("fee_paid", false);
    r.submittedAt = std::chrono::sys_seconds{std::chrono::seconds{j.value("submitted_at", int64_t{0})}};
    r.expectedReturn = std::chrono::sys_days{std::chrono::days{j.value("expected_return_day", int64_t{0})}};
    r.delivery = j.value("delivery", "") == "post" ? ResultDelivery::Post : ResultDelivery::InPerson;
    r.language = j.value("language", "vi");
    return r;
}

}  // namespace motcua

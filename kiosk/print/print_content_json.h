#pragma once
// Tickets and receipts as JSON for the print store. The applicant's name is
// stored already shortened: the store keeps no more than the paper shows.
#include <string>

#include "kiosk/core/result.h"
#include "kiosk/print/print_content.h"

namespace motcua {

std::string ticketToJson(const QueueTicket &ticket);
Result<QueueTicket> ticketFromJson(const std::string &json);
std::string receiptToJson(const ApplicationReceipt &receipt);
Result<ApplicationReceipt> receiptFromJson(const std::string &json);

}  // namespace motcua

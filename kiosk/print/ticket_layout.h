#pragma once
#include "kiosk/print/print_content.h"
#include "kiosk/print/print_document.h"

namespace motcua {

// The queue ticket: where, which service, the number (large enough to read at
// arm's length), when, how many ahead and how long, what to do, a QR to follow it.
PrintDocument layoutTicket(const QueueTicket &ticket);

}  // namespace motcua

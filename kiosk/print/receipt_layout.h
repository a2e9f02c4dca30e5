#pragma once
#include "kiosk/print/print_content.h"
#include "kiosk/print/print_document.h"

namespace motcua {

// The application receipt (giấy biên nhận): what was filed, by whom (name
// shortened), under which number, what it costs, when and how the result
// comes back, a QR with the receipt number for status lookup, the hotline.
PrintDocument layoutReceipt(const ApplicationReceipt &receipt);

}  // namespace motcua

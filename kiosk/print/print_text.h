#pragma once
// How numbers and dates read on Vietnamese paper. Times are shown in Vietnam
// time (UTC+7, no daylight saving) whatever the machine's time zone, so a
// ticket printed by a kiosk with a wrong TZ still shows the right hour.
#include <QString>
#include <chrono>
#include <cstdint>

namespace motcua {

QString formatVnd(int64_t amount);                           // "200.000 đồng"
QString formatVietnamDateTime(std::chrono::sys_seconds at);  // "23/11/2026 15:17"
QString formatDate(std::chrono::sys_days day);               // "01/12/2026"

}  // namespace motcua

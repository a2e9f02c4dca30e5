#include "kiosk/print/print_text.h"

namespace motcua {

QString formatVnd(int64_t amount)
{
    QString digits = QString::number(amount < 0 ? -amount : amount);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) {
        digits.insert(i, QLatin1Char('.'));
    }
    return (amount < 0 ? QStringLiteral("-") : QString()) + digits + QStringLiteral(" đồng");
}

QString formatDate(std::chrono::sys_days day)
{
    const std::chrono::year_month_day ymd{day};
    return QStringLiteral("%1/%2/%3")
        .arg(static_cast<unsigned>(ymd.day()), 2, 10, QLatin1Char('0'))
        .arg(static_cast<unsigned>(ymd.month()), 2, 10, QLatin1Char('0'))
        .arg(static_cast<int>(ymd.year()));
}

QString formatVietnamDateTime(std::chrono::sys_seconds at)
{
    using namespace std::chrono;
    const auto local = at + hours(7);
    const auto day = floor<days>(local);
    const hh_mm_ss time{local - day};
    return formatDate(day) + QStringLiteral(" %1:%2")
                                 .arg(time.hours().count(), 2, 10, QLatin1Char('0'))
                                 .arg(time.minutes().count(), 2, 10, QLatin1Char('0'));
}

}  // namespace motcua

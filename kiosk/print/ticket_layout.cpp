#include "kiosk/print/ticket_layout.h"

#include "kiosk/print/print_text.h"

namespace motcua {
namespace {
QString q(const std::string &text)
{
    return QString::fromStdString(text);
}
}  // namespace

PrintDocument layoutTicket(const QueueTicket &ticket)
{
    PrintDocument doc{"ticket", ticket.number, {}};
    auto &b = doc.blocks;
    b.push_back(TextBlock{q(ticket.siteName), 9, true, TextAlign::Center});
    b.push_back(TextBlock{q(ticket.siteAddress), 7.5, false, TextAlign::Center});
    b.push_back(RuleBlock{});
    b.push_back(TextBlock{QStringLiteral("PHIẾU SỐ THỨ TỰ"), 9, true, TextAlign::Center});
    b.push_back(TextBlock{q(ticket.serviceName), 10, true, TextAlign::Center});
    b.push_back(TextBlock{q(ticket.number), 44, true, TextAlign::Center});
    b.push_back(TextBlock{formatVietnamDateTime(ticket.issuedAt), 9, false, TextAlign::Center});
    b.push_back(SpaceBlock{1.5});
    b.push_back(TextBlock{QStringLiteral("Số người đang chờ trước quý vị: %1").arg(ticket.peopleAhead), 9, false,
                          TextAlign::Center});
    b.push_back(TextBlock{QStringLiteral("Thời gian chờ dự kiến: khoảng %1 phút").arg(ticket.estimatedWaitMinutes), 9,
                          false, TextAlign::Center});
    b.push_back(SpaceBlock{1.5});
    b.push_back(TextBlock{QStringLiteral("Vui lòng ngồi chờ và theo dõi màn hình, loa gọi số. "
                                         "Khi được gọi, mời quý vị đến quầy hiển thị trên màn hình."),
                          8, false, TextAlign::Center});
    if (!ticket.statusUrl.empty()) {
        b.push_back(QrBlock{ticket.statusUrl});
        b.push_back(TextBlock{QStringLiteral("Quét mã để theo dõi lượt của quý vị trên điện thoại"), 7.5, false,
                              TextAlign::Center});
    }
    return doc;
}

}  // namespace motcua

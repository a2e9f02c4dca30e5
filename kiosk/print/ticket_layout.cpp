#include "kiosk/print/ticket_layout.h"

#include "kiosk/print/print_captions.h"
#include "kiosk/print/print_text.h"

namespace motcua {
namespace {
constexpr char kContext[] = "QueueTicketPaper";

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}
// Centred lines: the Vietnamese, then the same in the citizen's language.
void centred(std::vector<PrintBlock> &b, const PrintCaptions &c, const QString &vi, const QString &second,
             double pointSize, bool bold = false)
{
    b.push_back(TextBlock{vi, pointSize, bold, TextAlign::Center});
    if (c.bilingual()) {
        b.push_back(TextBlock{second, pointSize, bold, TextAlign::Center});
    }
}
QString withNumber(const PrintCaptions &c, const char *en, int number)
{
    return c.bilingual() ? c.second(kContext, en).arg(number) : QString();
}
}  // namespace

PrintDocument layoutTicket(const QueueTicket &ticket)
{
    const PrintCaptions c(ticket.language);
    PrintDocument doc{"ticket", ticket.number, {}, c.language()};
    auto &b = doc.blocks;
    b.push_back(TextBlock{q(ticket.siteName), 9, true, TextAlign::Center});
    b.push_back(TextBlock{q(ticket.siteAddress), 7.5, false, TextAlign::Center});
    b.push_back(RuleBlock{});
    centred(b, c, QStringLiteral("PHIẾU SỐ THỨ TỰ"), c.second(kContext, QT_TRANSLATE_NOOP("QueueTicketPaper", "QUEUE NUMBER")),
            9, true);
    b.push_back(TextBlock{q(ticket.serviceName), 10, true, TextAlign::Center});
    b.push_back(TextBlock{q(ticket.number), 44, true, TextAlign::Center});
    b.push_back(TextBlock{formatVietnamDateTime(ticket.issuedAt), 9, false, TextAlign::Center});
    b.push_back(SpaceBlock{1.5});
    centred(b, c, QStringLiteral("Số người đang chờ trước quý vị: %1").arg(ticket.peopleAhead),
            withNumber(c, QT_TRANSLATE_NOOP("QueueTicketPaper", "People waiting before you: %1"), ticket.peopleAhead), 9);
    centred(b, c, QStringLiteral("Thời gian chờ dự kiến: khoảng %1 phút").arg(ticket.estimatedWaitMinutes),
            withNumber(c, QT_TRANSLATE_NOOP("QueueTicketPaper", "Expected wait: about %1 minutes"),
                       ticket.estimatedWaitMinutes),
            9);
    b.push_back(SpaceBlock{1.5});
    centred(b, c,
            QStringLiteral("Vui lòng ngồi chờ và theo dõi màn hình, loa gọi số. "
                           "Khi được gọi, mời quý vị đến quầy hiển thị trên màn hình."),
            c.second(kContext, QT_TRANSLATE_NOOP("QueueTicketPaper", "Please take a seat and watch the screen and listen "
                                                                     "for your number. When called, go to the counter "
                                                                     "shown on the screen.")),
            8);
    if (!ticket.statusUrl.empty()) {
        b.push_back(QrBlock{ticket.statusUrl});
        centred(b, c, QStringLiteral("Quét mã để theo dõi lượt của quý vị trên điện thoại"),
                c.second(kContext, QT_TRANSLATE_NOOP("QueueTicketPaper", "Scan the code to follow your turn on your phone")),
                7.5);
    }
    return doc;
}

}  // namespace motcua

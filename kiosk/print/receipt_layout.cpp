#include "kiosk/print/receipt_layout.h"

#include "kiosk/print/applicant_name.h"
#include "kiosk/print/print_captions.h"
#include "kiosk/print/print_text.h"

namespace motcua {
namespace {
constexpr char kContext[] = "Receipt";

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}
TextBlock line(const QString &text, bool bold = false)
{
    return TextBlock{text, 8.5, bold, TextAlign::Left};
}
// A note: the Vietnamese paragraph, then the same in the citizen's language.
void note(std::vector<PrintBlock> &b, const PrintCaptions &c, const QString &vi, const char *en, TextAlign align)
{
    b.push_back(TextBlock{vi, 7.5, false, align});
    if (c.bilingual()) {
        b.push_back(TextBlock{c.second(kContext, en), 7.5, false, align});
    }
}
}  // namespace

PrintDocument layoutReceipt(const ApplicationReceipt &receipt)
{
    const PrintCaptions c(receipt.language);
    PrintDocument doc{"receipt", receipt.reference(), {}, c.language()};
    auto &b = doc.blocks;
    b.push_back(TextBlock{q(receipt.siteName), 9, true, TextAlign::Center});
    b.push_back(TextBlock{q(receipt.siteAddress), 7.5, false, TextAlign::Center});
    b.push_back(RuleBlock{});
    b.push_back(TextBlock{QStringLiteral("GIẤY BIÊN NHẬN HỒ SƠ"), 12, true, TextAlign::Center});
    if (c.bilingual()) {
        b.push_back(TextBlock{c.second(kContext, QT_TRANSLATE_NOOP("Receipt", "APPLICATION RECEIPT")), 10, true,
                              TextAlign::Center});
    }
    b.push_back(SpaceBlock{1});
    if (receipt.receiptNumber.empty()) {
        b.push_back(line(c.pair(QStringLiteral("Mã tham chiếu"), kContext, QT_TRANSLATE_NOOP("Receipt", "Reference")) +
                             QStringLiteral(": ") + q(receipt.localReference),
                         true));
        note(b, c,
             QStringLiteral("(Hồ sơ đang chờ gửi lên Cổng dịch vụ công; số biên nhận "
                            "sẽ được gửi sau. Tra cứu bằng mã tham chiếu này.)"),
             QT_TRANSLATE_NOOP("Receipt", "(The application is waiting to be sent to the public service portal; the "
                                          "receipt number will follow. Look it up with this reference.)"),
             TextAlign::Left);
    } else {
        b.push_back(line(c.pair(QStringLiteral("Số biên nhận"), kContext, QT_TRANSLATE_NOOP("Receipt", "Receipt number")) +
                             QStringLiteral(": ") + q(receipt.receiptNumber),
                         true));
    }
    b.push_back(line(c.pair(QStringLiteral("Thủ tục"), kContext, QT_TRANSLATE_NOOP("Receipt", "Procedure")) +
                     QStringLiteral(": ") + q(receipt.procedureName)));
    b.push_back(line(c.pair(QStringLiteral("Người nộp"), kContext, QT_TRANSLATE_NOOP("Receipt", "Applicant")) +
                     QStringLiteral(": ") + q(shortenApplicantName(receipt.applicantName))));
    b.push_back(line(c.pair(QStringLiteral("Ngày nộp"), kContext, QT_TRANSLATE_NOOP("Receipt", "Submitted on")) +
                     QStringLiteral(": ") + formatVietnamDateTime(receipt.submittedAt)));
    const QString paid = receipt.feePaid ? c.pair(QStringLiteral("đã nộp"), kContext, QT_TRANSLATE_NOOP("Receipt", "paid"))
                                         : c.pair(QStringLiteral("chưa nộp"), kContext, QT_TRANSLATE_NOOP("Receipt", "not paid"));
    b.push_back(line(c.pair(QStringLiteral("Lệ phí"), kContext, QT_TRANSLATE_NOOP("Receipt", "Fee")) +
                     QStringLiteral(": %1 – %2").arg(formatVnd(receipt.feeVnd), paid)));
    b.push_back(line(c.pair(QStringLiteral("Ngày hẹn trả kết quả"), kContext,
                            QT_TRANSLATE_NOOP("Receipt", "Result ready on")) +
                         QStringLiteral(": ") + formatDate(receipt.expectedReturn),
                     true));
    const QString how = c.pair(QStringLiteral("Nhận kết quả"), kContext, QT_TRANSLATE_NOOP("Receipt", "Result"));
    b.push_back(line(how + QStringLiteral(": ") +
                     (receipt.delivery == ResultDelivery::Post
                          ? c.pair(QStringLiteral("qua dịch vụ bưu chính, tại địa chỉ đã đăng ký"), kContext,
                                   QT_TRANSLATE_NOOP("Receipt", "by post, to the address given"))
                          : c.pair(QStringLiteral("trực tiếp tại nơi nộp hồ sơ, mang theo giấy này"), kContext,
                                   QT_TRANSLATE_NOOP("Receipt", "in person where you applied; bring this paper")))));
    b.push_back(RuleBlock{});
    b.push_back(QrBlock{receipt.reference()});
    note(b, c, QStringLiteral("Quét mã để tra cứu tình trạng hồ sơ"),
         QT_TRANSLATE_NOOP("Receipt", "Scan the code to follow your application"), TextAlign::Center);
    b.push_back(TextBlock{c.pair(QStringLiteral("Đường dây nóng"), kContext, QT_TRANSLATE_NOOP("Receipt", "Hotline")) +
                              QStringLiteral(": ") + q(receipt.hotline),
                          9, true, TextAlign::Center});
    return doc;
}

}  // namespace motcua

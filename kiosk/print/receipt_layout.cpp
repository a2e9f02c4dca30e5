#include "kiosk/print/receipt_layout.h"

#include "kiosk/print/applicant_name.h"
#include "kiosk/print/print_text.h"

namespace motcua {
namespace {
QString q(const std::string &text)
{
    return QString::fromStdString(text);
}
TextBlock line(const QString &text, bool bold = false)
{
    return TextBlock{text, 8.5, bold, TextAlign::Left};
}
}  // namespace

PrintDocument layoutReceipt(const ApplicationReceipt &receipt)
{
    PrintDocument doc{"receipt", receipt.reference(), {}};
    auto &b = doc.blocks;
    b.push_back(TextBlock{q(receipt.siteName), 9, true, TextAlign::Center});
    b.push_back(TextBlock{q(receipt.siteAddress), 7.5, false, TextAlign::Center});
    b.push_back(RuleBlock{});
    b.push_back(TextBlock{QStringLiteral("GIẤY BIÊN NHẬN HỒ SƠ"), 12, true, TextAlign::Center});
    b.push_back(SpaceBlock{1});
    if (receipt.receiptNumber.empty()) {
        b.push_back(line(QStringLiteral("Mã tham chiếu: %1").arg(q(receipt.localReference)), true));
        b.push_back(TextBlock{QStringLiteral("(Hồ sơ đang chờ gửi lên Cổng dịch vụ công; số biên nhận "
                                             "sẽ được gửi sau. Tra cứu bằng mã tham chiếu này.)"),
                              7.5, false, TextAlign::Left});
    } else {
        b.push_back(line(QStringLiteral("Số biên nhận: %1").arg(q(receipt.receiptNumber)), true));
    }
    b.push_back(line(QStringLiteral("Thủ tục: %1").arg(q(receipt.procedureName))));
    b.push_back(line(QStringLiteral("Người nộp: %1").arg(q(shortenApplicantName(receipt.applicantName)))));
    b.push_back(line(QStringLiteral("Ngày nộp: %1").arg(formatVietnamDateTime(receipt.submittedAt))));
    b.push_back(line(QStringLiteral("Lệ phí: %1 – %2")
                         .arg(formatVnd(receipt.feeVnd),
                              receipt.feePaid ? QStringLiteral("đã nộp") : QStringLiteral("chưa nộp"))));
    b.push_back(line(QStringLiteral("Ngày hẹn trả kết quả: %1").arg(formatDate(receipt.expectedReturn)), true));
    b.push_back(line(receipt.delivery == ResultDelivery::Post
                         ? QStringLiteral("Nhận kết quả: qua dịch vụ bưu chính, tại địa chỉ đã đăng ký")
                         : QStringLiteral("Nhận kết quả: trực tiếp tại nơi nộp hồ sơ, mang theo giấy này")));
    b.push_back(RuleBlock{});
    b.push_back(QrBlock{receipt.reference()});
    b.push_back(TextBlock{QStringLiteral("Quét mã để tra cứu tình trạng hồ sơ"), 7.5, false, TextAlign::Center});
    b.push_back(TextBlock{QStringLiteral("Đường dây nóng: %1").arg(q(receipt.hotline)), 9, true, TextAlign::Center});
    return doc;
}

}  // namespace motcua

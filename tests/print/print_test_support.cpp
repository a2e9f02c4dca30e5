#include "print_test_support.h"

#include <QGuiApplication>
#include <QRegularExpression>
// zxing-cpp 1.4: text() returns UTF-8 only with ZX_USE_UTF8 (the default in 2.x).
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace motcua::test {

void ensureGuiApplication()
{
    if (QGuiApplication::instance() != nullptr) {
        return;
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    static int argc = 1;
    static char name[] = "print_test";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv);  // lives for the whole test run
}

QueueTicket sampleTicket()
{
    using namespace std::chrono;
    QueueTicket t;
    t.siteName = "Trung tâm Phục vụ hành chính công Hà Nội – Chi nhánh 1";
    t.siteAddress = "258 Võ Chí Công, phường Xuân La, Tây Hồ, Hà Nội";
    t.serviceName = "Cấp hộ chiếu phổ thông";
    t.number = "A012";
    t.issuedAt = sys_days{year{2026} / November / 23} + hours{1} + minutes{17};  // 08:17 in Hà Nội
    t.peopleAhead = 7;
    t.estimatedWaitMinutes = 25;
    t.statusUrl = "https://127.0.0.1:8443/status/ticket/hn-cn1-tayho/20261123-A012";
    return t;
}

ApplicationReceipt sampleReceipt()
{
    using namespace std::chrono;
    ApplicationReceipt r;
    r.siteName = "Trung tâm Phục vụ hành chính công Hà Nội – Chi nhánh 1";
    r.siteAddress = "258 Võ Chí Công, phường Xuân La, Tây Hồ, Hà Nội";
    r.hotline = "1900 1009";
    r.procedureName = "Cấp hộ chiếu phổ thông lần đầu (có gắn chíp)";
    r.applicantName = "Nguyễn Văn An";
    r.receiptNumber = "000.00.15.H26-261123-0042";
    r.localReference = "K01-20261123-0007";
    r.feeVnd = 200000;
    r.feePaid = true;
    r.submittedAt = sys_days{year{2026} / November / 23} + hours{2} + minutes{5};
    r.expectedReturn = sys_days{year{2026} / December / 3};
    r.delivery = ResultDelivery::Post;
    return r;
}

std::optional<std::string> decodeQr(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(gray.bytesPerLine()));
    const auto result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid()) {
        return std::nullopt;
    }
    return result.text();
}

std::optional<QSizeF> pdfPageSizePt(const QByteArray &pdf)
{
    static const QRegularExpression mediaBox(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)"));
    const auto match = mediaBox.match(QString::fromLatin1(pdf));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
}

std::filesystem::path printDataDir()
{
    return std::filesystem::path(MOTCUA_SOURCE_DIR) / "tests" / "data" / "print";
}

}  // namespace motcua::test

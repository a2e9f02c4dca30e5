// Paper in two languages (issue 11): the receipt, the queue ticket and the
// child's declaration print each caption in Vietnamese, for the office, and
// in the citizen's language, from the same Linguist files as the screens.
// The text is checked on the document model the renderer paints; the
// rendered PNGs are written next to the test for a person to look at.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFontMetrics>
#include <QTranslator>
#include <QVariantMap>

#include "kiosk/app/child_declaration_layout.h"
#include "kiosk/form/form_text.h"
#include "kiosk/print/document_renderer.h"
#include "kiosk/print/paper_format.h"
#include "kiosk/print/print_content_json.h"
#include "kiosk/print/print_fonts.h"
#include "kiosk/print/receipt_layout.h"
#include "kiosk/print/ticket_layout.h"
#include "tests/print/print_test_support.h"

using namespace motcua;

namespace {

QStringList textsOf(const PrintDocument &document)
{
    QStringList texts;
    for (const auto &block : document.blocks) {
        if (const auto *text = std::get_if<TextBlock>(&block)) {
            texts << text->text;
        }
    }
    return texts;
}

bool printed(const PrintDocument &document, const QString &text)
{
    return textsOf(document).join(QLatin1Char('\n')).contains(text);
}

// Renders the document, saves it for a person to look at, and checks it drew something below the text.
void renderAndKeep(const PrintDocument &document, const QString &file)
{
    auto image = renderImage(document, thermal80());
    ASSERT_TRUE(image.has_value()) << image.error().message;
    EXPECT_GT(image->height(), 600);
    EXPECT_TRUE(image->save(file));
}

class PaperLanguage : public ::testing::Test {
protected:
    void SetUp() override { test::ensureGuiApplication(); }
};

}  // namespace

TEST_F(PaperLanguage, KoreanReceiptPrintsVietnameseAndKoreanCaptions)
{
    auto receipt = test::sampleReceipt();
    receipt.language = "ko";
    const auto document = layoutReceipt(receipt);
    EXPECT_EQ(document.language, "ko");
    EXPECT_TRUE(printed(document, QStringLiteral("GIẤY BIÊN NHẬN HỒ SƠ")));
    EXPECT_TRUE(printed(document, QStringLiteral("신청서 접수증")));
    EXPECT_TRUE(printed(document, QStringLiteral("Số biên nhận / 접수 번호: 000.00.15.H26-261123-0042")));
    EXPECT_TRUE(printed(document, QStringLiteral("Ngày hẹn trả kết quả / 결과 수령 예정일: 03/12/2026")));
    EXPECT_TRUE(printed(document, QStringLiteral("Lệ phí / 수수료: 200.000 đồng – đã nộp / 납부 완료")));
    renderAndKeep(document, QStringLiteral("receipt-ko.png"));
    // The QR still reads back under the taller, two-language layout.
    auto image = renderImage(document, thermal80());
    ASSERT_TRUE(image.has_value());
    EXPECT_EQ(test::decodeQr(*image).value_or("<none>"), receipt.receiptNumber);
}

TEST_F(PaperLanguage, VietnameseReceiptStaysVietnameseOnly)
{
    const auto document = layoutReceipt(test::sampleReceipt());
    EXPECT_TRUE(printed(document, QStringLiteral("Số biên nhận: ")));
    EXPECT_FALSE(printed(document, QStringLiteral(" / ")));
}

TEST_F(PaperLanguage, EnglishReceiptReadsTheEnglishSource)
{
    auto receipt = test::sampleReceipt();
    receipt.language = "en";
    const auto document = layoutReceipt(receipt);
    EXPECT_TRUE(printed(document, QStringLiteral("Số biên nhận / Receipt number: ")));
    EXPECT_TRUE(printed(document, QStringLiteral("APPLICATION RECEIPT")));
}

TEST_F(PaperLanguage, ChineseTicketPrintsBothLanguages)
{
    auto ticket = test::sampleTicket();
    ticket.language = "zh";
    const auto document = layoutTicket(ticket);
    EXPECT_TRUE(printed(document, QStringLiteral("PHIẾU SỐ THỨ TỰ")));
    EXPECT_TRUE(printed(document, QStringLiteral("排队号码")));
    EXPECT_TRUE(printed(document, QStringLiteral("您前面等候的人数：%1").arg(ticket.peopleAhead)));
    renderAndKeep(document, QStringLiteral("ticket-zh.png"));
}

TEST_F(PaperLanguage, JapaneseChildDeclarationKeepsVietnameseForTheOffice)
{
    // As PassportWizard::reviewSections() gives them on a Japanese screen.
    const QVariantList sections{QVariantMap{
        {QStringLiteral("title"), QStringLiteral("あなたについて")},
        {QStringLiteral("titleVi"), QStringLiteral("Thông tin cá nhân")},
        {QStringLiteral("items"),
         QVariantList{QVariantMap{{QStringLiteral("label"), QStringLiteral("性別")},
                                  {QStringLiteral("value"), QStringLiteral("男性")},
                                  {QStringLiteral("labelVi"), QStringLiteral("Giới tính")},
                                  {QStringLiteral("valueVi"), QStringLiteral("Nam")}}}}}};
    const auto document = layoutChildDeclaration({}, sections, QStringLiteral("Hà Nội"), "ja");
    EXPECT_TRUE(printed(document, QStringLiteral("THÔNG TIN CÁ NHÂN / あなたについて")));
    EXPECT_TRUE(printed(document, QStringLiteral("Giới tính / 性別: Nam / 男性")));
    EXPECT_TRUE(printed(document, QStringLiteral("MANG THEO KHI ĐẾN NỘP HỒ SƠ")));
    EXPECT_TRUE(printed(document, QStringLiteral("申請時の持ち物")));
    renderAndKeep(document, QStringLiteral("declaration-ja.png"));
}

TEST_F(PaperLanguage, StoredReceiptAndTicketKeepTheirLanguage)
{
    auto receipt = test::sampleReceipt();
    receipt.language = "ja";
    auto back = receiptFromJson(receiptToJson(receipt));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->language, "ja");
    auto ticket = test::sampleTicket();
    ticket.language = "ko";
    auto ticketBack = ticketFromJson(ticketToJson(ticket));
    ASSERT_TRUE(ticketBack.has_value());
    EXPECT_EQ(ticketBack->language, "ko");
    EXPECT_EQ(ticketFromJson(R"({"number":"A001"})")->language, "vi");  // stored before languages: Vietnamese
}

TEST_F(PaperLanguage, PaperFontDrawsVietnameseAndTheLanguage)
{
    for (const auto &[language, sample] : {std::pair{"zh", U'号'}, std::pair{"ko", U'접'}, std::pair{"ja", U'券'}}) {
        auto family = printFontFamily(language);
        ASSERT_TRUE(family.has_value()) << family.error().message;
        QFont font(*family);
        font.setStyleStrategy(QFont::NoFontMerging);
        const QFontMetrics metrics(font);
        for (const char32_t letter : {U'ệ', U'ữ', U'Ậ', U'đ', sample}) {
            EXPECT_TRUE(metrics.inFontUcs4(letter)) << language << " U+" << std::hex << unsigned(letter);
        }
    }
}

TEST_F(PaperLanguage, FormLabelsReadTheScreenLanguage)
{
    QTranslator korean;
    ASSERT_TRUE(korean.load(QStringLiteral(":/i18n/motcua_ko.qm")));
    QCoreApplication::installTranslator(&korean);
    EXPECT_EQ(form::formText("Họ", "Surname", form::kFormContext, false), QStringLiteral("성"));
    EXPECT_EQ(form::formText("Họ", "Surname", form::kFormContext, true), QStringLiteral("Họ"));
    EXPECT_EQ(form::formText("Vui lòng điền mục này.", "Please fill in this field.", form::kErrorContext, false),
              QStringLiteral("이 항목을 입력해 주세요."));
    QCoreApplication::removeTranslator(&korean);
}

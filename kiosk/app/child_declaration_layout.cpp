#include "kiosk/app/child_declaration_layout.h"

#include <QVariantMap>

#include "kiosk/print/print_captions.h"

namespace motcua {
namespace {
constexpr char kContext[] = "ChildDeclarationPaper";

// "Vietnamese / other" when the other language says something else.
QString both(const QString &vi, const QString &other)
{
    return other.isEmpty() || other == vi ? vi : vi + QStringLiteral(" / ") + other;
}

void paragraph(std::vector<PrintBlock> &b, const PrintCaptions &c, const QString &vi, const char *en, bool bold = false)
{
    b.push_back(TextBlock{vi, 9, bold});
    if (c.bilingual()) {
        b.push_back(TextBlock{c.second(kContext, en), 8, bold});
    }
}
}  // namespace

PrintDocument layoutChildDeclaration(const form::PassportForm &form, const QVariantList &reviewSections,
                                     const QString &siteName, const std::string &language)
{
    (void)form;
    const PrintCaptions c(language);
    PrintDocument document;
    document.kind = "declaration";
    document.reference = "TK01a";  // logs may show the kind, never the child
    document.language = c.language();
    auto &b = document.blocks;
    b.push_back(TextBlock{QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 9, true, TextAlign::Center});
    b.push_back(TextBlock{QStringLiteral("Độc lập - Tự do - Hạnh phúc"), 9, true, TextAlign::Center});
    b.push_back(SpaceBlock{3});
    b.push_back(TextBlock{QStringLiteral("TỜ KHAI"), 12, true, TextAlign::Center});
    b.push_back(TextBlock{QStringLiteral("Đề nghị cấp hộ chiếu phổ thông cho người chưa đủ 14 tuổi ở trong nước (TK01a)"),
                          9, true, TextAlign::Center});
    if (c.bilingual()) {
        b.push_back(TextBlock{c.second(kContext, QT_TRANSLATE_NOOP("ChildDeclarationPaper",
                                                                   "Declaration for an ordinary passport for a child "
                                                                   "under 14 in Vietnam (TK01a)")),
                              8, true, TextAlign::Center});
    }
    b.push_back(TextBlock{QStringLiteral("(Ban hành kèm theo Thông tư số 31/2023/TT-BCA)"), 8, false, TextAlign::Center});
    b.push_back(SpaceBlock{2});
    for (const auto &sectionValue : reviewSections) {
        const auto section = sectionValue.toMap();
        const auto title = section.value(QStringLiteral("title")).toString();
        const auto titleVi = section.value(QStringLiteral("titleVi"), title).toString();
        b.push_back(RuleBlock{});
        b.push_back(TextBlock{(c.bilingual() ? both(titleVi, title) : titleVi).toUpper(), 9, true});
        for (const auto &itemValue : section.value(QStringLiteral("items")).toList()) {
            const auto item = itemValue.toMap();
            const auto label = item.value(QStringLiteral("label")).toString();
            const auto value = item.value(QStringLiteral("value")).toString();
            const auto labelVi = item.value(QStringLiteral("labelVi"), label).toString();
            const auto valueVi = item.value(QStringLiteral("valueVi"), value).toString();
            b.push_back(TextBlock{c.bilingual() ? both(labelVi, label) + QStringLiteral(": ") + both(valueVi, value)
                                                : labelVi + QStringLiteral(": ") + valueVi});
        }
    }
    b.push_back(RuleBlock{});
    paragraph(b, c, QStringLiteral("Tôi xin cam đoan những thông tin trên là đúng sự thật."),
              QT_TRANSLATE_NOOP("ChildDeclarationPaper", "I declare that the information above is true."), true);
    b.push_back(SpaceBlock{3});
    paragraph(b, c, QStringLiteral("Người đại diện hợp pháp ký, ghi rõ họ tên:"),
              QT_TRANSLATE_NOOP("ChildDeclarationPaper", "Signature and full name of the legal representative:"));
    b.push_back(SpaceBlock{18});
    b.push_back(RuleBlock{});
    paragraph(b, c, QStringLiteral("MANG THEO KHI ĐẾN NỘP HỒ SƠ"),
              QT_TRANSLATE_NOOP("ChildDeclarationPaper", "BRING WHEN YOU APPLY"), true);
    paragraph(b, c, QStringLiteral("• Trẻ em đến trực tiếp cùng cha, mẹ hoặc người giám hộ."),
              QT_TRANSLATE_NOOP("ChildDeclarationPaper", "• The child comes in person with a parent or guardian."));
    paragraph(b, c, QStringLiteral("• Tờ khai này, đã ký."),
              QT_TRANSLATE_NOOP("ChildDeclarationPaper", "• This declaration, signed."));
    paragraph(b, c,
              QStringLiteral("• Bản sao giấy khai sinh hoặc trích lục khai sinh của trẻ em (mang bản chính để đối chiếu)."),
              QT_TRANSLATE_NOOP("ChildDeclarationPaper", "• A copy of the child's birth certificate or birth record "
                                                         "(bring the original for comparison)."));
    paragraph(b, c,
              QStringLiteral("• Căn cước của người đại diện; giấy tờ chứng minh quyền giám hộ nếu là người giám hộ."),
              QT_TRANSLATE_NOOP("ChildDeclarationPaper", "• The representative's ID card; proof of guardianship for "
                                                         "a guardian."));
    paragraph(b, c, QStringLiteral("• Hộ chiếu cũ của trẻ em, nếu có."),
              QT_TRANSLATE_NOOP("ChildDeclarationPaper", "• The child's old passport, if any."));
    b.push_back(SpaceBlock{2});
    b.push_back(TextBlock{QStringLiteral("In tại: ") + siteName, 8});
    return document;
}

}  // namespace motcua

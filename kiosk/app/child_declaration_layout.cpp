#include "kiosk/app/child_declaration_layout.h"

#include <QVariantMap>

namespace motcua {

PrintDocument layoutChildDeclaration(const form::PassportForm &form, const QVariantList &reviewSections,
                                     const QString &siteName)
{
    (void)form;
    PrintDocument document;
    document.kind = "declaration";
    document.reference = "TK01a";  // logs may show the kind, never the child
    auto &b = document.blocks;
    b.push_back(TextBlock{QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 9, true, TextAlign::Center});
    b.push_back(TextBlock{QStringLiteral("Độc lập - Tự do - Hạnh phúc"), 9, true, TextAlign::Center});
    b.push_back(SpaceBlock{3});
    b.push_back(TextBlock{QStringLiteral("TỜ KHAI"), 12, true, TextAlign::Center});
    b.push_back(TextBlock{QStringLiteral("Đề nghị cấp hộ chiếu phổ thông cho người chưa đủ 14 tuổi ở trong nước (TK01a)"),
                          9, true, TextAlign::Center});
    b.push_back(TextBlock{QStringLiteral("(Ban hành kèm theo Thông tư số 31/2023/TT-BCA)"), 8, false, TextAlign::Center});
    b.push_back(SpaceBlock{2});
    for (const auto &sectionValue : reviewSections) {
        const auto section = sectionValue.toMap();
        b.push_back(RuleBlock{});
        b.push_back(TextBlock{section.value(QStringLiteral("title")).toString().toUpper(), 9, true});
        for (const auto &itemValue : section.value(QStringLiteral("items")).toList()) {
            const auto item = itemValue.toMap();
            b.push_back(TextBlock{item.value(QStringLiteral("label")).toString() + QStringLiteral(": ") +
                                  item.value(QStringLiteral("value")).toString()});
        }
    }
    b.push_back(RuleBlock{});
    b.push_back(TextBlock{QStringLiteral("Tôi xin cam đoan những thông tin trên là đúng sự thật."), 9, true});
    b.push_back(SpaceBlock{3});
    b.push_back(TextBlock{QStringLiteral("Người đại diện hợp pháp ký, ghi rõ họ tên:"), 9, false});
    b.push_back(SpaceBlock{18});
    b.push_back(RuleBlock{});
    b.push_back(TextBlock{QStringLiteral("MANG THEO KHI ĐẾN NỘP HỒ SƠ"), 9, true});
    b.push_back(TextBlock{QStringLiteral("• Trẻ em đến trực tiếp cùng cha, mẹ hoặc người giám hộ."), 9});
    b.push_back(TextBlock{QStringLiteral("• Tờ khai này, đã ký."), 9});
    b.push_back(TextBlock{QStringLiteral("• Bản sao giấy khai sinh hoặc trích lục khai sinh của trẻ em (mang bản chính để đối chiếu)."), 9});
    b.push_back(TextBlock{QStringLiteral("• Căn cước của người đại diện; giấy tờ chứng minh quyền giám hộ nếu là người giám hộ."), 9});
    b.push_back(TextBlock{QStringLiteral("• Hộ chiếu cũ của trẻ em, nếu có."), 9});
    b.push_back(SpaceBlock{2});
    b.push_back(TextBlock{QStringLiteral("In tại: ") + siteName, 8});
    return document;
}

}  // namespace motcua

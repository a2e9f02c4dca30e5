#include "kiosk/print/print_fonts.h"

#include <QFontDatabase>
#include <QStringList>
#include <map>
#include <mutex>

#include "kiosk/core/data_paths.h"

namespace motcua {

Result<QString> loadPrintFonts()
{
    static std::once_flag once;
    static Result<QString> loaded = fail("print.font", "fonts not loaded");
    std::call_once(once, [] {
        const auto dir = assetDirectory() / "fonts";
        QString family;
        for (const char *file : {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"}) {
            const auto path = dir / file;
            const int id = QFontDatabase::addApplicationFont(QString::fromStdString(path.string()));
            const auto families = id < 0 ? QStringList{} : QFontDatabase::applicationFontFamilies(id);
            if (families.isEmpty()) {
                loaded = fail("print.font", "cannot load the print font " + path.string());
                return;
            }
            family = families.front();
        }
        loaded = family;
    });
    return loaded;
}

Result<QString> printFontFamily(const std::string &language)
{
    static const std::map<std::string, QString> cjk = {{"zh", QStringLiteral("Noto Sans CJK SC")},
                                                       {"ko", QStringLiteral("Noto Sans CJK KR")},
                                                       {"ja", QStringLiteral("Noto Sans CJK JP")}};
    const auto found = cjk.find(language);
    if (found == cjk.end()) {
        return loadPrintFonts();
    }
    if (!QFontDatabase::families().contains(found->second)) {
        return fail("print.font", "font " + found->second.toStdString() + " missing (install fonts-noto-cjk)");
    }
    return found->second;
}

}  // namespace motcua

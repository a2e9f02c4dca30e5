#include "kiosk/print/print_fonts.h"

#include <QFontDatabase>
#include <QStringList>
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

}  // namespace motcua

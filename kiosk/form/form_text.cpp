#include "kiosk/form/form_text.h"

#include <QCoreApplication>
#include <string>

namespace motcua::form {

QString formText(std::string_view vi, std::string_view en, const char *context, bool vietnamese)
{
    if (vietnamese) {
        return QString::fromUtf8(vi.data(), static_cast<qsizetype>(vi.size()));
    }
    const std::string source(en);  // views need not end in a NUL
    return QCoreApplication::translate(context, source.c_str());
}

}  // namespace motcua::form

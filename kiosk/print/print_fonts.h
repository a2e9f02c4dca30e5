#pragma once
#include <QString>

#include "kiosk/core/result.h"

namespace motcua {

// Loads the bundled Noto Sans (regular and bold) from the asset directory,
// once per process, and returns its family name. Printing never falls back to
// whatever the system has: a missing font would drop Vietnamese diacritics.
// Needs a QGuiApplication.
Result<QString> loadPrintFonts();

}  // namespace motcua

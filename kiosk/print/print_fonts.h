#pragma once
#include <QString>
#include <string>

#include "kiosk/core/result.h"

namespace motcua {

// Loads the bundled Noto Sans (regular and bold) from the asset directory,
// once per process, and returns its family name. Printing never falls back to
// whatever the system has: a missing font would drop Vietnamese diacritics.
// Needs a QGuiApplication.
Result<QString> loadPrintFonts();

// The family that draws Vietnamese together with `language` ("vi", "en", "zh",
// "ko", "ja"): Noto Sans for Latin papers, Debian's Noto Sans CJK (package
// fonts-noto-cjk, which also covers every Vietnamese letter) in the glyph
// forms of the language for Chinese, Korean and Japanese papers.
Result<QString> printFontFamily(const std::string &language);

}  // namespace motcua

#pragma once
// The paper a document is laid out for. Thermal rolls have a fixed printable
// width and a length that follows the content; A4 is a fixed page.
#include <string>

namespace motcua {

struct PaperFormat {
    std::string id;                 // "80mm" | "a4"
    double widthMm = 80;            // physical sheet or roll width
    double printableWidthMm = 72;   // what the head (or margins) leave
    double heightMm = 0;            // 0 = roll: the page is as long as the content
    int dpi = 203;                  // device resolution the PNG is rendered at
    double typeScale = 1.0;         // A4 uses larger type than a till roll

    bool isRoll() const { return heightMm <= 0; }
    int printableWidthDots() const;
    int dots(double mm) const;
};

// 80 mm thermal roll: 72 mm printable, 576 dots at 203 dpi (8 dots/mm).
PaperFormat thermal80();
PaperFormat a4();
// "80mm" or "a4"; anything else falls back to the thermal roll.
PaperFormat paperFormatById(const std::string &id);

}  // namespace motcua

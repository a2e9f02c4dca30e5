#include "kiosk/print/paper_format.h"

#include <cmath>

namespace motcua {

int PaperFormat::dots(double mm) const
{
    return static_cast<int>(std::lround(mm * dpi / 25.4));
}

int PaperFormat::printableWidthDots() const
{
    // 72 mm at 203 dpi is 575.4; thermal heads have 576 dots (8 per mm), so round up to whole mm × 8.
    if (id == "80mm") {
        return 576;
    }
    return dots(printableWidthMm);
}

PaperFormat thermal80()
{
    return PaperFormat{"80mm", 80, 72, 0, 203, 1.0};
}

PaperFormat a4()
{
    return PaperFormat{"a4", 210, 180, 297, 300, 1.4};
}

PaperFormat paperFormatById(const std::string &id)
{
    return id == "a4" || id == "A4" ? a4() : thermal80();
}

}  // namespace motcua

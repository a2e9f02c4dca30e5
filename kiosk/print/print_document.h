#pragma once
// A device-independent document: a column of blocks, top to bottom. Layouts
// build it; the renderer measures and paints it for a given paper. Sizes are
// in points (text) and millimetres (QR, spacing) so the same document fits
// a 203 dpi roll and a 300 dpi A4 printer.
#include <QString>
#include <string>
#include <variant>
#include <vector>

namespace motcua {

enum class TextAlign { Left, Center };

struct TextBlock {
    QString text;
    double pointSize = 9;
    bool bold = false;
    TextAlign align = TextAlign::Left;
};

struct QrBlock {
    std::string payload;
    double moduleMm = 0.625;  // 5 dots at 203 dpi; phone cameras read it from 20 cm
};

struct RuleBlock {};  // a thin full-width line between sections

struct SpaceBlock {
    double mm = 2;
};

using PrintBlock = std::variant<TextBlock, QrBlock, RuleBlock, SpaceBlock>;

struct PrintDocument {
    std::string kind;       // "ticket" | "receipt"
    std::string reference;  // ticket number or receipt reference: what logs may show
    std::vector<PrintBlock> blocks;
    std::string language = "vi";  // the second language on the paper; chooses the font (print_fonts.h)
};

}  // namespace motcua

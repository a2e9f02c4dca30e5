#include "kiosk/print/document_renderer.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <cmath>

#include "kiosk/print/print_fonts.h"
#include "kiosk/print/qr_code.h"

namespace motcua {
namespace {

constexpr double kTopMarginMm = 2;
constexpr double kBottomMarginMm = 6;  // leaves room above the cutter

// Lays out and optionally paints the blocks in dot coordinates of `paper`.
class BlockPainter {
public:
    BlockPainter(const PaperFormat &paper, QString family) : m_paper(paper), m_family(std::move(family)) {}

    // Returns the content height in dots; paints when `painter` is given.
    Result<int> run(const PrintDocument &document, QPainter *painter) const
    {
        const int width = m_paper.printableWidthDots();
        int y = m_paper.dots(kTopMarginMm);
        for (const auto &block : document.blocks) {
            if (const auto *text = std::get_if<TextBlock>(&block)) {
                const QFont font = fontFor(*text);
                const int flags = Qt::TextWordWrap |
                                  (text->align == TextAlign::Center ? Qt::AlignHCenter : Qt::AlignLeft);
                const QRect bounds = QFontMetrics(font).boundingRect(QRect(0, y, width, 1 << 20), flags, text->text);
                if (painter != nullptr) {
                    painter->setFont(font);
                    painter->drawText(QRect(0, y, width, bounds.height()), flags, text->text);
                }
                y += bounds.height();
            } else if (const auto *qr = std::get_if<QrBlock>(&block)) {
                auto matrix = encodeQr(qr->payload);
                if (!matrix) {
                    return unexpected(matrix.error());
                }
                const int moduleDots = std::max(1, m_paper.dots(qr->moduleMm));
                const QImage symbol = renderQr(*matrix, moduleDots);
                if (painter != nullptr) {
                    painter->drawImage(QPoint((width - symbol.width()) / 2, y), symbol);
                }
                y += symbol.height();
            } else if (std::holds_alternative<RuleBlock>(block)) {
                const int gap = m_paper.dots(1.5);
                if (painter != nullptr) {
                    painter->fillRect(QRect(0, y + gap, width, std::max(2, m_paper.dots(0.3))), Qt::black);
                }
                y += 2 * gap + std::max(2, m_paper.dots(0.3));
            } else if (const auto *space = std::get_if<SpaceBlock>(&block)) {
                y += m_paper.dots(space->mm);
            }
        }
        return y + m_paper.dots(kBottomMarginMm);
    }

private:
    QFont fontFor(const TextBlock &text) const
    {
        QFont font(m_family);
        // Pixel sizes in device dots: the same glyph size on a 203 dpi image and a PDF at 203 dpi.
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(text.pointSize * m_paper.typeScale * m_paper.dpi / 72.0))));
        font.setBold(text.bold);
        // No hinting and no fallback fonts: identical output on every machine.
        font.setHintingPreference(QFont::PreferNoHinting);
        font.setStyleStrategy(QFont::NoFontMerging);
        return font;
    }

    PaperFormat m_paper;
    QString m_family;
};

}  // namespace

Result<QImage> renderImage(const PrintDocument &document, const PaperFormat &paper)
{
    auto family = printFontFamily(document.language);
    if (!family) {
        return unexpected(family.error());
    }
    const BlockPainter blocks(paper, *family);
    auto height = blocks.run(document, nullptr);
    if (!height) {
        return unexpected(height.error());
    }
    // Painted in RGB32 (text antialiasing needs it), stored as grayscale: thermal paper has one ink.
    QImage image(paper.printableWidthDots(), *height, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(static_cast<int>(std::lround(paper.dpi / 0.0254)));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    {
        QPainter painter(&image);
        painter.setPen(Qt::black);
        if (auto painted = blocks.run(document, &painter); !painted) {
            return unexpected(painted.error());
        }
    }
    return image.convertToFormat(QImage::Format_Grayscale8);
}

Result<QByteArray> renderPdf(const PrintDocument &document, const PaperFormat &paper)
{
    auto family = printFontFamily(document.language);
    if (!family) {
        return unexpected(family.error());
    }
    const BlockPainter blocks(paper, *family);
    auto height = blocks.run(document, nullptr);
    if (!height) {
        return unexpected(height.error());
    }
    const double heightMm = paper.isRoll() ? *height * 25.4 / paper.dpi : paper.heightMm;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(paper.dpi);
        writer.setPageSize(QPageSize(QSizeF(paper.widthMm, heightMm), QPageSize::Millimeter,
                                     QString::fromStdString(document.kind), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QString::fromStdString(document.kind));  // never the citizen's name
        writer.setCreator(QStringLiteral("motcua"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return fail("print.pdf", "cannot start a PDF page");
        }
        painter.setPen(Qt::black);
        // Centre the printable column on the sheet.
        painter.translate((paper.dots(paper.widthMm) - paper.printableWidthDots()) / 2.0, 0);
        if (auto painted = blocks.run(document, &painter); !painted) {
            return unexpected(painted.error());
        }
        painter.end();
    }
    return bytes;
}

}  // namespace motcua

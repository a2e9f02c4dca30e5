#include "kiosk/print/applicant_name.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace motcua {

std::string shortenApplicantName(const std::string &fullName)
{
    const QString normalized =
        QString::fromStdString(fullName).normalized(QString::NormalizationForm_C).toUpper();
    const QStringList words = normalized.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return {};
    }
    QStringList out{words.front()};
    for (qsizetype i = 1; i < words.size(); ++i) {
        QString word = words[i];
        word.remove(QLatin1Char('.'));
        if (word.isEmpty()) {
            continue;
        }
        // Initial = the first grapheme; NFC makes Vietnamese letters one code point (Đ, Ắ …).
        out << QString(word.front()) + QLatin1Char('.');
    }
    // The given name (last word) is printed without a trailing dot, as in "NGUYỄN V. A".
    if (out.size() > 1) {
        out.back().chop(1);
    }
    return out.join(QLatin1Char(' ')).toStdString();
}

}  // namespace motcua

#pragma once
// The forms a citizen's name and ID number could take in a file or a log:
// UTF-8 NFC and NFD, upper case, without diacritics, and each name part alone.
#include <QString>
#include <algorithm>
#include <string>
#include <vector>

namespace motcua::test {

inline QString withoutDiacritics(const QString &text)
{
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        plain += c == QChar(0x0111) ? QChar('d') : c == QChar(0x0110) ? QChar('D') : c;
    }
    return plain;
}

inline std::vector<std::string> personalMarkers(const QString &name, const QString &idNumber)
{
    std::vector<QString> forms;
    for (const QString &variant : {name, name.toUpper(), withoutDiacritics(name), withoutDiacritics(name).toUpper()}) {
        forms.push_back(variant.normalized(QString::NormalizationForm_C));
        forms.push_back(variant.normalized(QString::NormalizationForm_D));
    }
    // The given names alone (the family name "Nguyễn" is shared by millions; the rest is not).
    const auto parts = name.split(QLatin1Char(' '));
    if (parts.size() > 2) {
        forms.push_back(parts.mid(1).join(QLatin1Char(' ')));
        forms.push_back(withoutDiacritics(parts.mid(1).join(QLatin1Char(' '))));
    }
    forms.push_back(idNumber);
    std::vector<std::string> markers;
    for (const auto &form : forms) {
        const auto bytes = form.toStdString();
        if (std::find(markers.begin(), markers.end(), bytes) == markers.end()) {
            markers.push_back(bytes);
        }
    }
    return markers;
}

}  // namespace motcua::test

#pragma once
// Paper speaks Vietnamese first, because the office reads it, and then the
// citizen's language when that is another one (issue 11): "Số biên nhận /
// 접수 번호". The second language comes from the kiosk's Linguist files
// (:/i18n/motcua_<language>.qm, the English source when there is none),
// loaded here rather than taken from the screen's translator, so a guide
// reprinting in Vietnamese still gets the citizen's language on paper.
#include <QString>
#include <memory>
#include <string>

class QTranslator;

namespace motcua {

// `english` (a translatable source of `context`) in `language`, whatever language the screens use now:
// from the kiosk's Linguist file for that language, the English itself for "en" or when none has it.
QString translatedInto(const std::string &language, const char *context, const QString &english);

class PrintCaptions {
public:
    // "vi", "en", "zh", "ko", "ja"; anything empty reads as Vietnamese.
    explicit PrintCaptions(const std::string &language);

    const std::string &language() const { return m_language; }
    bool bilingual() const { return m_language != "vi"; }

    // `en` translated into the citizen's language ("" on a Vietnamese-only paper).
    // `en` must be a QT_TRANSLATE_NOOP source of `context`.
    QString second(const char *context, const char *en) const;
    // "vi / second", or vi alone on a Vietnamese-only paper.
    QString pair(const QString &vi, const char *context, const char *en) const;

private:
    std::string m_language;
    std::shared_ptr<const QTranslator> m_translator;  // null for vi and en
};

}  // namespace motcua

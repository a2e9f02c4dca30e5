#include "kiosk/print/print_captions.h"

#include <QTranslator>
#include <map>
#include <mutex>

#include "kiosk/core/log_categories.h"

namespace motcua {
namespace {

// One translator per language for the life of the process; printing happens
// on the UI thread and on the print worker, so the cache is locked.
std::shared_ptr<const QTranslator> translatorFor(const std::string &language)
{
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const QTranslator>> loaded;
    const std::lock_guard lock(mutex);
    if (const auto found = loaded.find(language); found != loaded.end()) {
        return found->second;
    }
    auto translator = std::make_shared<QTranslator>();
    const auto file = QStringLiteral(":/i18n/motcua_%1.qm").arg(QString::fromStdString(language));
    std::shared_ptr<const QTranslator> result;
    if (translator->load(file)) {
        result = std::move(translator);
    } else {
        qCWarning(lcDevice) << "print: no translation file" << file << "- second language in English";
    }
    loaded.emplace(language, result);
    return result;
}

}  // namespace

QString translatedInto(const std::string &language, const char *context, const QString &english)
{
    if (language == "en" || english.isEmpty()) {
        return english;
    }
    const auto translator = translatorFor(language);
    const QString text = translator ? translator->translate(context, english.toUtf8().constData()) : QString();
    return text.isEmpty() ? english : text;
}

PrintCaptions::PrintCaptions(const std::string &language) : m_language(language.empty() ? "vi" : language)
{
    if (m_language != "vi" && m_language != "en") {
        m_translator = translatorFor(m_language);
    }
}

QString PrintCaptions::second(const char *context, const char *en) const
{
    if (!bilingual()) {
        return {};
    }
    if (m_translator) {
        const QString text = m_translator->translate(context, en);
        if (!text.isEmpty()) {
            return text;
        }
    }
    return QString::fromUtf8(en);
}

QString PrintCaptions::pair(const QString &vi, const char *context, const char *en) const
{
    return bilingual() ? vi + QStringLiteral(" / ") + second(context, en) : vi;
}

}  // namespace motcua

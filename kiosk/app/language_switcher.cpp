#include "kiosk/app/language_switcher.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>

#include "kiosk/core/log_categories.h"

namespace motcua {

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent) {}

QString LanguageSwitcher::translationFile(const QString &language)
{
    return QStringLiteral(":/i18n/motcua_%1.qm").arg(language);
}

bool LanguageSwitcher::switchTo(const QString &language)
{
    if (language == m_current) {
        return true;
    }
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    bool loaded = false;
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(translationFile(language))) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
        loaded = true;
    } else if (language != QLatin1String("en")) {
        qCWarning(lcUi) << "no translation for" << language;
    }
    m_current = language;
    QLocale::setDefault(QLocale(language));
    if (m_engine != nullptr) {
        m_engine->retranslate();
    }
    emit switched();
    return loaded || language == QLatin1String("en");
}

}  // namespace motcua

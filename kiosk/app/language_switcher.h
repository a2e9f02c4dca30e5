#pragma once
// Loads the chosen language's translation and asks QML to re-read its texts.
#include <QObject>
#include <QTranslator>

#include <memory>

class QQmlEngine;

namespace motcua {

class LanguageSwitcher : public QObject {
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    // Returns false when the language has no translation file (the kiosk then
    // keeps showing the source texts, and self-test reports it).
    bool switchTo(const QString &language);
    QString current() const { return m_current; }

    static QString translationFile(const QString &language);

signals:
    void switched();

private:
    QQmlEngine *m_engine = nullptr;
    std::unique_ptr<QTranslator> m_translator;
    QString m_current;
};

}  // namespace motcua

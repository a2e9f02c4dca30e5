// Every text a citizen can see must be translated in every language the
// kiosk offers: an untranslated string would show English on a Vietnamese screen.
#include <QDir>
#include <QFile>
#include <QXmlStreamReader>
#include <QtTest>

#include "kiosk/core/config.h"

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void everyOfferedLanguageIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto &code : motcua::Config{}.ui.languages) {
            QTest::newRow(code.c_str()) << QString::fromStdString(code);
        }
    }

    void everyOfferedLanguageIsComplete()
    {
        QFETCH(QString, language);
        QFile file(QStringLiteral(MOTCUA_SOURCE_DIR "/assets/translations/motcua_%1.ts").arg(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QStringList missing;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const auto type = xml.attributes().value(QLatin1String("type")).toString();
                const auto text = xml.readElementText(QXmlStreamReader::IncludeChildElements);  // plural forms are child elements
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") || text.isEmpty()) {
                    missing << context + QLatin1String(": ") + source;
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated in %1:\n  ").arg(language) +
                                               missing.join(QStringLiteral("\n  "))));
    }

    void placeholdersSurviveTranslation()
    {
        QFile file(QStringLiteral(MOTCUA_SOURCE_DIR "/assets/translations/motcua_vi.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                const auto translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QCOMPARE(translation.count(placeholder), source.count(placeholder));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"

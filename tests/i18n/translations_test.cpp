// Every text a citizen can see must be translated in every language the
// kiosk offers: an untranslated string would show English on a Vietnamese screen.
// The passport form's labels, choices, section titles and error messages live
// in C++ tables (kiosk/form); they are checked one by one, so a label added
// to the form without its Chinese, Korean, Japanese and Vietnamese
// translations fails here even before lupdate has seen it.
#include <QHash>
#include <QRegularExpression>
#include <QtTest>

#include "kiosk/core/config.h"
#include "kiosk/form/field_error.h"
#include "kiosk/form/form_fields.h"
#include "kiosk/form/form_text.h"
#include "ts_file.h"

using motcua::test::readTsFile;
using motcua::test::tsFilePath;

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

struct FormText {
    QString context, en, vi;
};

// Every text of TK01 and TK01a a citizen can read, with the Vietnamese the form prints.
QList<FormText> formTexts()
{
    using namespace motcua::form;
    const QString form = QLatin1String(kFormContext);
    QList<FormText> texts;
    for (const auto &section : sections()) {
        texts.append({form, qs(section.titleEn), qs(section.titleVi)});
    }
    for (const auto kind : {FormKind::Tk01, FormKind::Tk01a}) {
        for (const auto &field : fieldsFor(kind)) {
            texts.append({form, qs(field.labelEn), qs(field.labelVi)});
        }
    }
    for (const auto key : choiceKeys()) {
        for (const auto &choice : choicesFor(key)) {
            texts.append({form, qs(choice.labelEn), qs(choice.labelVi)});
        }
    }
    auto codes = knownErrorCodes();
    codes.push_back("no.such.code");  // the fallback message
    for (const auto &code : codes) {
        const auto error = makeFieldError("field", code);
        texts.append({QLatin1String(kErrorContext), qs(error.messageEn), qs(error.messageVi)});
    }
    return texts;
}

}  // namespace

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
        QString error;
        const auto messages = readTsFile(tsFilePath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList missing;
        for (const auto &m : messages) {
            if (!m.finished) {
                missing << m.context + QLatin1String(": ") + m.source;
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated in %1:\n  ").arg(language) +
                                               missing.join(QStringLiteral("\n  "))));
    }

    void formTextsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto *code : {"vi", "zh", "ko", "ja"}) {
            QTest::newRow(code) << QString::fromLatin1(code);
        }
    }

    // Each form label, choice, section title and error message has a finished
    // translation; the Vietnamese one is the form's own printed words.
    void formTextsAreTranslated()
    {
        QFETCH(QString, language);
        QString error;
        QHash<QString, motcua::test::TsMessage> byKey;
        for (const auto &m : readTsFile(tsFilePath(language), &error)) {
            byKey.insert(m.context + QLatin1Char('\x1f') + m.source, m);
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const auto &text : formTexts()) {
            const auto found = byKey.constFind(text.context + QLatin1Char('\x1f') + text.en);
            if (found == byKey.constEnd() || !found->finished) {
                missing << text.context + QLatin1String(": ") + text.en;
            } else if (language == QLatin1String("vi") && found->translation != text.vi) {
                missing << text.context + QLatin1String(": ") + text.en + QLatin1String(" (vi differs from the form: ") +
                               found->translation + QLatin1String(" ≠ ") + text.vi + QLatin1Char(')');
            } else if (language != QLatin1String("vi") && found->translation == text.en) {
                missing << text.context + QLatin1String(": ") + text.en + QLatin1String(" (left in English)");
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("form texts without a %1 translation:\n  ").arg(language) +
                                               missing.join(QStringLiteral("\n  "))));
    }

    void placeholdersSurviveTranslation()
    {
        QString error;
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        for (const auto &m : readTsFile(tsFilePath(QStringLiteral("vi")), &error)) {
            QCOMPARE(m.translation.count(placeholder), m.source.count(placeholder));
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"

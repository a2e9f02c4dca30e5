#include "ts_file.h"

#include <QFile>
#include <QXmlStreamReader>

namespace motcua::test {

QString tsFilePath(const QString &language)
{
    // MOTCUA_TS_DIR checks a merge before it lands in the source tree.
    const auto dir = qEnvironmentVariable("MOTCUA_TS_DIR", QStringLiteral(MOTCUA_SOURCE_DIR "/assets/translations"));
    return dir + QStringLiteral("/motcua_%1.ts").arg(language);
}

QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return {};
    }
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    QString source;
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
            const auto type = xml.attributes().value(QLatin1String("type")).toString();
            TsMessage message{context, source, xml.readElementText(QXmlStreamReader::IncludeChildElements), false};
            message.finished = type != QLatin1String("unfinished") && type != QLatin1String("vanished") &&
                               !message.translation.isEmpty();
            messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return {};
    }
    return messages;
}

}  // namespace motcua::test

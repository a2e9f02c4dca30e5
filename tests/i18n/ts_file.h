#pragma once
// Reads a Qt Linguist file as the translation tests need it: each message's
// context, source and translation, and whether the translation is finished.
#include <QList>
#include <QString>

namespace motcua::test {

struct TsMessage {
    QString context;
    QString source;
    QString translation;  // plural forms joined
    bool finished = false;
};

// Empty and `error` set when the file cannot be read or parsed.
QList<TsMessage> readTsFile(const QString &path, QString *error);

// The .ts file of a language in the source tree (or in $MOTCUA_TS_DIR).
QString tsFilePath(const QString &language);

}  // namespace motcua::test

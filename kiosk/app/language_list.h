#pragma once
// The languages offered on the language screen, each named in itself.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/qml_instance.h"

namespace motcua {

class LanguageList : public QAbstractListModel, public QmlInstance<LanguageList> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    enum Role { CodeRole = Qt::UserRole + 1, NativeNameRole, GreetingRole };

    explicit LanguageList(const std::vector<std::string> &codes, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QString nativeName(const QString &code) const;
    // `english` (a source of `context`) in `language`, whatever the screens speak now: for notices
    // that show Vietnamese and a second language side by side.
    Q_INVOKABLE QString textIn(const QString &language, const QString &context, const QString &english) const;

private:
    QStringList m_codes;
};

}  // namespace motcua

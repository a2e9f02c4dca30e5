#pragma once
// The tiles on the home screen: one per service the kiosk offers. Each
// capability adds its own entry when it is built and enabled.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/qml_instance.h"

namespace motcua {

struct ServiceTile {
    QString id;  // also the name of the screen that opens it
    const char *title;  // English source text, translated on display
    const char *subtitle;
    QString icon;  // file name under qrc:/Kiosk/icons/
};

class ServiceCatalog : public QAbstractListModel, public QmlInstance<ServiceCatalog> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, SubtitleRole, IconRole };

    // No default constructor: QML must take the wired instance from create(), never build its own.
    explicit ServiceCatalog(QObject *parent);

    void add(const ServiceTile &tile);
    // Titles are translated when read; after a language change, views re-read them.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<ServiceTile> m_tiles;
};

// The services every kiosk has.
void addBuiltInServices(ServiceCatalog &catalog);
// "Check an application": offered when a portal is configured.
void addStatusLookupService(ServiceCatalog &catalog);
// "Procedures and fees": offered when the procedures catalogue loads.
void addProceduresService(ServiceCatalog &catalog);
// "Apply for a passport": the TK01 wizard, offered when the form data loads.
void addPassportService(ServiceCatalog &catalog);

}  // namespace motcua

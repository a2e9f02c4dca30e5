#pragma once
// Who this kiosk belongs to: shown on screens and printed on paper.
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/qml_instance.h"
#include "kiosk/core/config.h"

namespace motcua {

class SiteInfo : public QObject, public QmlInstance<SiteInfo> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString siteId READ siteId CONSTANT)
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString address READ address CONSTANT)
    Q_PROPERTY(QString hotline READ hotline CONSTANT)
    Q_PROPERTY(QString openingHours READ openingHours CONSTANT)
    Q_PROPERTY(QString kioskId READ kioskId CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    explicit SiteInfo(const SiteConfig &site, QObject *parent = nullptr);

    QString siteId() const { return m_siteId; }
    QString name() const { return m_name; }
    QString address() const { return m_address; }
    QString hotline() const { return m_hotline; }
    QString openingHours() const { return m_openingHours; }
    QString kioskId() const { return m_kioskId; }
    QString version() const;

private:
    QString m_siteId, m_name, m_address, m_hotline, m_openingHours, m_kioskId;
};

}  // namespace motcua

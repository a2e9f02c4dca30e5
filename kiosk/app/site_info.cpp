#include "kiosk/app/site_info.h"

#include "kiosk/core/version.h"

namespace motcua {

SiteInfo::SiteInfo(const SiteConfig &site, QObject *parent)
    : QObject(parent)
    , m_siteId(QString::fromStdString(site.id))
    , m_name(QString::fromStdString(site.name))
    , m_address(QString::fromStdString(site.address))
    , m_hotline(QString::fromStdString(site.hotline))
    , m_openingHours(QString::fromStdString(site.openingHours))
    , m_kioskId(QString::fromStdString(site.kioskId))
{
}

QString SiteInfo::version() const
{
    return QString::fromLatin1(kVersion);
}

}  // namespace motcua

#include "kiosk/app/service_catalog.h"

#include <QCoreApplication>

namespace motcua {
ServiceCatalog::ServiceCatalog(QObject *parent) : QAbstractListModel(parent) {}

void ServiceCatalog::add(const ServiceTile &tile)
{
    beginInsertRows({}, m_tiles.size(), m_tiles.size());
    m_tiles.append(tile);
    endInsertRows();
    emit countChanged();
}

void ServiceCatalog::retranslate()
{
    if (!m_tiles.isEmpty()) {
        emit dataChanged(index(0), index(m_tiles.size() - 1), {TitleRole, SubtitleRole});
    }
}

int ServiceCatalog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tiles.size());
}

QVariant ServiceCatalog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tiles.size()) {
        return {};
    }
    const auto &tile = m_tiles.at(index.row());
    switch (role) {
    case IdRole: return tile.id;
    case TitleRole: return QCoreApplication::translate("ServiceCatalog", tile.title);
    case SubtitleRole: return QCoreApplication::translate("ServiceCatalog", tile.subtitle);
    case IconRole: return tile.icon;
    default: return {};
    }
}

QHash<int, QByteArray> ServiceCatalog::roleNames() const
{
    return {{IdRole, "serviceId"}, {TitleRole, "title"}, {SubtitleRole, "subtitle"}, {IconRole, "iconName"}};
}

void addBuiltInServices(ServiceCatalog &catalog)
{
    catalog.add({QStringLiteral("site-info"), QT_TRANSLATE_NOOP("ServiceCatalog", "About this support point"),
                 QT_TRANSLATE_NOOP("ServiceCatalog", "Address, opening hours and hotline"),
                 QStringLiteral("info.svg")});
}

void addStatusLookupService(ServiceCatalog &catalog)
{
    catalog.add({QStringLiteral("status"), QT_TRANSLATE_NOOP("ServiceCatalog", "Check an application"),
                 QT_TRANSLATE_NOOP("ServiceCatalog", "See where your application is, with the number on your receipt"),
                 QStringLiteral("search.svg")});
}

void addProceduresService(ServiceCatalog &catalog)
{
    catalog.add({QStringLiteral("procedures"), QT_TRANSLATE_NOOP("ServiceCatalog", "Procedures and fees"),
                 QT_TRANSLATE_NOOP("ServiceCatalog", "What to bring, what it costs and when the result is ready"),
                 QStringLiteral("document.svg")});
}

void addPassportService(ServiceCatalog &catalog)
{
    catalog.add({QStringLiteral("passport"), QT_TRANSLATE_NOOP("ServiceCatalog", "Apply for a passport"),
                 QT_TRANSLATE_NOOP("ServiceCatalog", "Fill in the passport declaration (form TK01) step by step"),
                 QStringLiteral("globe.svg")});
}

}  // namespace motcua

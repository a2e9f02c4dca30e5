#pragma once
// "Thủ tục và lệ phí": the procedures screen's model. Rows are the procedures
// matching the search words, in the kiosk's language; the selected one has its
// details as properties. Fees and return times come from the portal's
// catalogue when it answers, else from the bundled dated copy.
#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QtQml/qqmlregistration.h>
#include <optional>

#include "kiosk/app/qml_instance.h"
#include "kiosk/core/clock.h"
#include "kiosk/portal/portal_client.h"
#include "kiosk/procedures/procedure_catalogue.h"

namespace motcua {

class ProcedureGuide : public QAbstractListModel, public QmlInstance<ProcedureGuide> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(int count READ rowCount NOTIFY rowsChanged)
    Q_PROPERTY(int total READ total CONSTANT)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY rowsChanged)
    Q_PROPERTY(QString selectedCode READ selectedCode NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QString catalogueNote READ catalogueNote NOTIFY catalogueChanged)
    Q_PROPERTY(bool live READ live NOTIFY catalogueChanged)

public:
    enum Role { CodeRole = Qt::UserRole + 1, NameRole, FeeRole, ReturnRole, OnlineRole };

    // `catalogue` empty: the bundled file did not load; the screen says so.
    ProcedureGuide(std::optional<procedures::ProcedureCatalogue> catalogue, PortalClient *portal, const Clock &clock,
                   QObject *parent = nullptr);

    bool available() const { return m_catalogue.has_value(); }
    int total() const { return m_catalogue ? static_cast<int>(m_catalogue->procedures().size()) : 0; }
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString selectedCode() const { return m_selected; }
    QVariantMap selected() const;
    QString catalogueNote() const;
    bool live() const { return m_live; }

    Q_INVOKABLE void select(const QString &code);
    // Asks the portal for today's figures (in the background); the screen calls it when it opens.
    Q_INVOKABLE void refresh();
    void setLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void rowsChanged();
    void selectionChanged();
    void catalogueChanged();

private:
    std::string language() const { return m_language.toStdString(); }
    QString amountText(long long amount, procedures::Currency currency) const;
    QString feeText(const procedures::ProcedureInfo &p) const;
    std::string todayIso() const;
    QString returnText(const procedures::ProcedureInfo &p) const;
    QString onlineText(const procedures::ProcedureInfo &p) const;
    void rebuildRows();

    std::optional<procedures::ProcedureCatalogue> m_catalogue;
    PortalClient *m_portal;
    const Clock &m_clock;
    QFutureWatcher<PortalResult<Catalogue>> m_watcher;
    std::vector<std::size_t> m_rows;
    QString m_query, m_selected, m_language = QStringLiteral("vi");
    bool m_live = false;
};

// Loads assets/catalogue/immigration-procedures.json; logs and returns nothing when it cannot.
std::optional<procedures::ProcedureCatalogue> loadBundledProcedures();

}  // namespace motcua

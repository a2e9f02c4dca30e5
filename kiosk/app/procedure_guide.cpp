#include "kiosk/app/procedure_guide.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <chrono>
#include <cstdio>

#include "kiosk/core/vietnam_time.h"
#include "kiosk/core/data_paths.h"
#include "kiosk/core/log_categories.h"

namespace motcua {
namespace {

using procedures::Currency;
using procedures::Online;
using procedures::ProcedureInfo;

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// 200000 → "200.000" (Vietnamese) or "200,000".
QString groupDigits(long long amount, QChar separator)
{
    QString digits = QString::number(amount);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) {
        digits.insert(i, separator);
    }
    return digits;
}

}  // namespace

std::optional<procedures::ProcedureCatalogue> loadBundledProcedures()
{
    auto catalogue = procedures::ProcedureCatalogue::load(assetDirectory() / "catalogue" / "immigration-procedures.json");
    if (!catalogue) {
        qCWarning(lcUi) << "procedures catalogue not loaded:" << catalogue.error().message.c_str();
        return std::nullopt;
    }
    return std::move(*catalogue);
}

ProcedureGuide::ProcedureGuide(std::optional<procedures::ProcedureCatalogue> catalogue, PortalClient *portal,
                               const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalogue(std::move(catalogue))
    , m_portal(portal)
    , m_clock(clock)
{
    rebuildRows();
    connect(&m_watcher, &QFutureWatcher<PortalResult<Catalogue>>::finished, this, [this] {
        const auto result = m_watcher.result();
        if (!result || !m_catalogue) {
            return;  // the bundled copy stays; its date is shown
        }
        std::vector<procedures::ProcedureCatalogue::LiveFigure> figures;
        for (const auto &p : result->procedures) {
            figures.push_back({p.id, p.feeVnd, p.returnWorkingDays});
        }
        m_catalogue->applyLiveFigures(figures, result->version);
        m_live = true;
        emit catalogueChanged();
        emit dataChanged(index(0), index(rowCount() - 1));
        emit selectionChanged();
    });
}

void ProcedureGuide::setLanguage(const QString &language)
{
    m_language = language;
    beginResetModel();
    endResetModel();
    emit rowsChanged();
    emit selectionChanged();
    emit catalogueChanged();
}

void ProcedureGuide::setQuery(const QString &query)
{
    if (query == m_query) {
        return;
    }
    m_query = query;
    rebuildRows();
}

void ProcedureGuide::rebuildRows()
{
    beginResetModel();
    m_rows = m_catalogue ? m_catalogue->search(m_query.toStdString()) : std::vector<std::size_t>{};
    endResetModel();
    emit rowsChanged();
    // The details pane always shows a procedure of the list, the first one when the search moved past the choice.
    const bool selectedShown = std::any_of(m_rows.begin(), m_rows.end(), [this](std::size_t row) {
        return QString::fromStdString(m_catalogue->procedures().at(row).code) == m_selected;
    });
    if (!selectedShown && !m_rows.empty()) {
        select(QString::fromStdString(m_catalogue->procedures().at(m_rows.front()).code));
    }
}

void ProcedureGuide::select(const QString &code)
{
    if (code != m_selected) {
        m_selected = code;
        emit selectionChanged();
    }
}

void ProcedureGuide::refresh()
{
    if (m_portal == nullptr || m_watcher.isRunning()) {
        return;
    }
    auto *portal = m_portal;
    m_watcher.setFuture(QtConcurrent::run([portal] { return portal->fetchCatalogue(); }));
}

std::string ProcedureGuide::todayIso() const
{
    return vietnamIsoDate(m_clock.wallNow());
}

QString ProcedureGuide::amountText(long long amount, Currency currency) const
{
    const bool vi = m_language == QLatin1String("vi");
    if (currency == Currency::Usd) {
        return groupDigits(amount, vi ? QLatin1Char('.') : QLatin1Char(',')) + QStringLiteral(" USD");
    }
    return vi ? groupDigits(amount, QLatin1Char('.')) + QStringLiteral(" đồng")
              : QStringLiteral("VND ") + groupDigits(amount, QLatin1Char(','));
}

QString ProcedureGuide::feeText(const ProcedureInfo &p) const
{
    if (!p.fee) {
        return QCoreApplication::translate("ProcedureGuide", "See the note");
    }
    const auto *reduction = p.fee->reductionOn(todayIso());
    const auto amount = reduction ? reduction->amount : p.fee->amount;
    if (amount == 0) {
        return QCoreApplication::translate("ProcedureGuide", "Free");
    }
    if (reduction) {
        return QCoreApplication::translate("ProcedureGuide", "%1 (reduced from %2)").arg(amountText(amount, p.fee->currency), amountText(p.fee->amount, p.fee->currency));
    }
    return amountText(amount, p.fee->currency);
}

QString ProcedureGuide::returnText(const ProcedureInfo &p) const
{
    if (p.returnDays <= 0) {
        return p.electronic ? QCoreApplication::translate("ProcedureGuide", "Immediately, online") : QCoreApplication::translate("ProcedureGuide", "See the note");
    }
    switch (p.returnUnit) {
    case procedures::ReturnUnit::Months:
        return QCoreApplication::translate("ProcedureGuide", "about %n month(s)", nullptr, p.returnDays);
    case procedures::ReturnUnit::Days:
        return QCoreApplication::translate("ProcedureGuide", "%n day(s)", nullptr, p.returnDays);
    case procedures::ReturnUnit::WorkingDays: break;
    }
    return QCoreApplication::translate("ProcedureGuide", "%n working day(s)", nullptr, p.returnDays);
}

QString ProcedureGuide::onlineText(const ProcedureInfo &p) const
{
    switch (p.online) {
    case Online::Full: return QCoreApplication::translate("ProcedureGuide", "Fully online");
    case Online::Partial: return QCoreApplication::translate("ProcedureGuide", "Partly online");
    case Online::No: return QCoreApplication::translate("ProcedureGuide", "In person");
    }
    return {};
}

QVariantMap ProcedureGuide::selected() const
{
    const auto *p = m_catalogue ? m_catalogue->find(m_selected.toStdString()) : nullptr;
    if (p == nullptr) {
        return {};
    }
    const auto lang = language();
    QStringList papers;
    for (const auto &paper : p->papersIn(lang)) {
        papers << qs(paper);
    }
    QStringList delivery;
    if (p->pickup) {
        delivery << QCoreApplication::translate("ProcedureGuide", "Collect at the office");
    }
    if (p->post) {
        delivery << QCoreApplication::translate("ProcedureGuide", "By post");
    }
    if (p->electronic) {
        delivery << QCoreApplication::translate("ProcedureGuide", "Online");
    }
    const auto *reduction = p->fee ? p->fee->reductionOn(todayIso()) : nullptr;
    const bool usd = p->fee && p->fee->currency == Currency::Usd;
    return {
        {QStringLiteral("code"), qs(p->code)},
        {QStringLiteral("name"), qs(p->name.in(lang))},
        {QStringLiteral("forWhom"), qs(p->forWhom.in(lang))},
        {QStringLiteral("papers"), papers},
        {QStringLiteral("online"), onlineText(*p)},
        {QStringLiteral("fee"), feeText(*p)},
        {QStringLiteral("feeNote"), reduction ? qs(reduction->note.in(lang)) : p->fee ? qs(p->fee->note.in(lang)) : QString()},
        {QStringLiteral("usdNote"), usd ? qs(m_catalogue->usdNote().in(lang)) : QString()},
        {QStringLiteral("returnTime"), returnText(*p)},
        {QStringLiteral("returnNote"), qs(p->returnNote.in(lang))},
        {QStringLiteral("delivery"), delivery.join(QStringLiteral(" · "))},
    };
}

QString ProcedureGuide::catalogueNote() const
{
    if (!m_catalogue) {
        return {};
    }
    auto date = qs(m_catalogue->catalogueDate());
    if (date.size() == 10) {
        date = date.mid(8, 2) + QLatin1Char('/') + date.mid(5, 2) + QLatin1Char('/') + date.left(4);  // 23/11/2026
    }
    return m_live ? QCoreApplication::translate("ProcedureGuide", "Fees from the public service portal, %1.").arg(date)
                  : QCoreApplication::translate("ProcedureGuide", "Fees as published on %1. Officers confirm the amount at the counter.").arg(date);
}

int ProcedureGuide::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ProcedureGuide::data(const QModelIndex &index, int role) const
{
    if (!m_catalogue || !index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto &p = m_catalogue->procedures().at(m_rows.at(static_cast<std::size_t>(index.row())));
    switch (role) {
    case CodeRole: return qs(p.code);
    case NameRole: return qs(p.name.in(language()));
    case FeeRole: return feeText(p);
    case ReturnRole: return returnText(p);
    case OnlineRole: return onlineText(p);
    default: return {};
    }
}

QHash<int, QByteArray> ProcedureGuide::roleNames() const
{
    return {{CodeRole, "code"}, {NameRole, "name"}, {FeeRole, "fee"}, {ReturnRole, "returnTime"}, {OnlineRole, "online"}};
}

}  // namespace motcua

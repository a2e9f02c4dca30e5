#include "kiosk/app/passport_field_model.h"

#include "kiosk/app/passport_wizard.h"

namespace motcua {

PassportFieldModel::PassportFieldModel(const PassportWizard &wizard, QObject *parent)
    : QAbstractListModel(parent)
    , m_wizard(wizard)
{
}

void PassportFieldModel::reset(std::vector<const form::FieldSpec *> fields)
{
    beginResetModel();
    m_rows = std::move(fields);
    endResetModel();
}

void PassportFieldModel::refresh()
{
    if (!m_rows.empty()) {
        emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
    }
}

int PassportFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant PassportFieldModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size())) {
        return {};
    }
    const auto &spec = *m_rows.at(index.row());
    if (role == KeyRole) {
        return QString::fromUtf8(spec.key.data(), static_cast<qsizetype>(spec.key.size()));
    }
    const auto view = m_wizard.fieldView(spec);
    switch (role) {
    case LabelRole: return view.label;
    case KindRole: return view.kind;
    case ValueRole: return view.value;
    case DisplayValueRole: return view.displayValue;
    case ErrorRole: return view.error;
    case MandatoryRole: return view.mandatory;
    case ShownRole: return view.shown;
    case ChoicesRole: return view.choices;
    case DayRole: return view.day;
    case MonthRole: return view.month;
    case YearRole: return view.year;
    case FromCardRole: return view.fromCard;
    default: return {};
    }
}

QHash<int, QByteArray> PassportFieldModel::roleNames() const
{
    return {{KeyRole, "fieldKey"},      {LabelRole, "label"},       {KindRole, "kind"},
            {ValueRole, "value"},       {DisplayValueRole, "displayValue"}, {ErrorRole, "errorText"},
            {MandatoryRole, "mandatory"}, {ShownRole, "shown"},     {ChoicesRole, "choices"},
            {DayRole, "day"},           {MonthRole, "month"},       {YearRole, "year"},
            {FromCardRole, "fromCard"}};
}

}  // namespace motcua

#pragma once
// The fields of the passport wizard's current step, as QML delegates see them:
// label in the current language, kind, value, the error in words. Rows stay
// put while the citizen types (only their data changes), so text fields keep
// focus and cursor.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

#include "kiosk/form/form_fields.h"

namespace motcua {

class PassportWizard;

class PassportFieldModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by PassportWizard")

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        KindRole,
        ValueRole,
        DisplayValueRole,
        ErrorRole,
        MandatoryRole,
        ShownRole,
        ChoicesRole,
        DayRole,
        MonthRole,
        YearRole,
        FromCardRole,  // the value came from the ID card's QR and is unchanged
    };

    explicit PassportFieldModel(const PassportWizard &wizard, QObject *parent = nullptr);

    void reset(std::vector<const form::FieldSpec *> fields);
    void refresh();  // every row's data may have changed

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const PassportWizard &m_wizard;
    std::vector<const form::FieldSpec *> m_rows;
};

}  // namespace motcua

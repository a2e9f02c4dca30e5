#pragma once
// "Cấp hộ chiếu phổ thông": the TK01 declaration as a guided wizard. One step
// per topic of the form (form_fields.h sections), then review and fee. Every
// answer goes through the form rules as it is typed; QML only shows the
// fields of the current step (PassportFieldModel) and the words of each error.
//
// Steps with their own view-model (ID-card scan, photo, payment, receipt) are
// in the step list from the start but appear only once that view-model plugs
// itself in with plugStep(); the wizard then asks its gate before moving on.
#include <QObject>
#include <QSet>
#include <QVariantList>
#include <functional>
#include <QtQml/qqmlregistration.h>
#include <map>
#include <optional>
#include <string>

#include "kiosk/app/passport_field_model.h"
#include "kiosk/app/qml_instance.h"
#include "kiosk/core/clock.h"
#include "kiosk/form/bundled_form_data.h"
#include "kiosk/form/form_fields.h"
#include "kiosk/form/passport_form.h"
#include "kiosk/form/vietnamese_composer.h"
#include "kiosk/session/session_data_holder.h"

namespace motcua {

class PassportWizard : public QObject, public QmlInstance<PassportWizard>, public SessionDataHolder {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(PassportFieldModel *fields READ fields CONSTANT)
    Q_PROPERTY(int stepIndex READ stepIndex NOTIFY stepChanged)
    Q_PROPERTY(int stepCount READ stepCount CONSTANT)
    Q_PROPERTY(QString stepKey READ stepKey NOTIFY stepChanged)
    // "scan", "form", "photo", "review", "fee", "payment", "receipt", "declaration"
    Q_PROPERTY(QString stepKind READ stepKind NOTIFY stepChanged)
    Q_PROPERTY(QString stepTitle READ stepTitle NOTIFY stepChanged)
    Q_PROPERTY(QStringList stepTitles READ stepTitles NOTIFY stepChanged)
    Q_PROPERTY(QString stepMessage READ stepMessage NOTIFY stepChanged)
    Q_PROPERTY(QString inputMethod READ inputMethod WRITE setInputMethod NOTIFY inputMethodChanged)
    Q_PROPERTY(bool childPath READ childPath NOTIFY answersChanged)
    Q_PROPERTY(QString childPathMessage READ childPathMessage NOTIFY answersChanged)
    Q_PROPERTY(bool declared READ declared NOTIFY answersChanged)
    Q_PROPERTY(QVariantList reviewSections READ reviewSections NOTIFY answersChanged)
    Q_PROPERTY(int reviewErrorCount READ reviewErrorCount NOTIFY answersChanged)
    Q_PROPERTY(bool feeKnown READ feeKnown NOTIFY answersChanged)
    Q_PROPERTY(QString feeAmount READ feeAmount NOTIFY answersChanged)
    Q_PROPERTY(QString feeProcedure READ feeProcedure NOTIFY answersChanged)
    Q_PROPERTY(int feeReturnDays READ feeReturnDays NOTIFY answersChanged)
    Q_PROPERTY(QString feeCatalogueDate READ feeCatalogueDate NOTIFY answersChanged)
    // A temporary reduction in force today: the normal amount, the last day and the legal text ("" = none).
    Q_PROPERTY(QString feeNormalAmount READ feeNormalAmount NOTIFY answersChanged)
    Q_PROPERTY(QString feeReducedUntil READ feeReducedUntil NOTIFY answersChanged)
    Q_PROPERTY(QString feeReductionSource READ feeReductionSource NOTIFY answersChanged)
    Q_PROPERTY(bool hasPhoto READ hasPhoto NOTIFY photoChanged)
    Q_PROPERTY(bool childForm READ isChildForm NOTIFY stepChanged)

public:
    enum class StepKind { Scan, Form, Photo, Review, Fee, Payment, Receipt, Declaration };
    struct Step {
        QString key;  // a form section key, or "id_scan", "photo", "review", "fee", "payment", "receipt"
        StepKind kind;
        bool enabled;  // plugged-in steps start disabled
        // Which declaration the step belongs to: both, TK01 only (work, fee,
        // payment, receipt) or TK01a only (representative, printing).
        std::optional<form::FormKind> only = std::nullopt;
    };
    // Asked when the citizen presses "next" on a plugged-in step: an empty
    // string lets them go on, anything else is shown as the step's message.
    using StepGate = std::function<QString()>;

    // `data` null: the bundled lists could not be loaded; the wizard then says so.
    PassportWizard(const Clock &clock, std::optional<form::BundledFormData> data, QObject *parent = nullptr);

    bool available() const { return m_data.has_value(); }
    PassportFieldModel *fields() { return &m_fields; }
    int stepIndex() const { return m_step; }
    int stepCount() const { return static_cast<int>(m_steps.size()); }
    QString stepKey() const { return m_steps.at(m_step).key; }
    QString stepKind() const;
    QString stepTitle() const { return titleOf(m_steps.at(m_step)); }
    QStringList stepTitles() const;
    QString stepMessage() const { return m_stepMessage; }
    QString inputMethod() const { return m_inputMethod; }
    void setInputMethod(const QString &method);
    bool childPath() const;
    QString childPathMessage() const;
    bool declared() const { return m_form.answer("declaration.confirmed") == "yes"; }
    QVariantList reviewSections() const;
    int reviewErrorCount() const;
    bool feeKnown() const;
    QString feeAmount() const;
    QString feeProcedure() const;
    int feeReturnDays() const;
    QString feeCatalogueDate() const;
    QString feeNormalAmount() const;
    QString feeReducedUntil() const;
    QString feeReductionSource() const;

    // Navigation keeps every answer. next() refuses while the step has errors
    // (they are then shown) and returns whether it moved.
    Q_INVOKABLE bool next();
    Q_INVOKABLE void back();
    Q_INVOKABLE void goToStep(const QString &key);  // "sửa" on the review page
    Q_INVOKABLE void restart();
    // On the payment, receipt or printed-declaration step: no way back into the form.
    bool submitted() const;

    // Stores an answer as given (choices, picked codes) and checks it.
    Q_INVOKABLE void setAnswer(const QString &key, const QString &value);
    // A text field's new content as the keyboard left it; keys appended at the
    // end go through the Telex/VNI composer. Returns the text to show.
    Q_INVOKABLE QString edit(const QString &key, const QString &text);
    // One of the three boxes of a date: part is "day", "month" or "year".
    Q_INVOKABLE void setDatePart(const QString &key, const QString &part, const QString &value);
    Q_INVOKABLE void setDeclared(bool declared);
    // Typed search in a picker field's list, without diacritics: [{code, name}].
    Q_INVOKABLE QVariantList search(const QString &key, const QString &query) const;
    Q_INVOKABLE QString answer(const QString &key) const;

    // A step's view-model makes its step appear ("id_scan", "photo", "payment",
    // "receipt"). Call before the first citizen arrives.
    void plugStep(const QString &key, StepGate gate = {});
    // Answers read from the ID card's QR (form keys → values); the fields show
    // they came from the card until the citizen changes them.
    void prefillFromCard(const std::map<std::string, std::string> &answers);
    bool fromCard(const QString &key) const;
    // The accepted passport photo (baseline JPEG) and, when a guide accepted a
    // photo with a failing check, their note.
    void attachPhoto(QByteArray jpeg, QString guideException = {});
    bool hasPhoto() const { return !m_photoJpeg.isEmpty(); }
    const QByteArray &photoJpeg() const { return m_photoJpeg; }
    const QString &photoException() const { return m_photoException; }
    const form::PassportForm &form() const { return m_form; }
    // The declaration as it is checked and sent: answers tidied (no leading,
    // trailing or doubled spaces), only the fields of its form.
    form::PassportForm submittedForm() const;
    bool isChildForm() const { return m_form.kind == form::FormKind::Tk01a; }
    int64_t feeVnd() const;
    QString money(int64_t vnd) const;  // "200.000 đồng" / "200,000 VND"

    // Fills a complete sample declaration and opens the step `key` (screenshots only).
    void loadSampleAnswers(const QString &key);

    void wipeCitizenData() override { restart(); }
    // Labels and messages follow the kiosk's language ("vi", "en" …).
    void setLanguage(const QString &language);
    const QString &language() const { return m_language; }
    void retranslate();

    // For PassportFieldModel.
    struct FieldView {
        QString label, kind, value, displayValue, error;
        bool mandatory = false, shown = true, fromCard = false;
        QVariantList choices;
        QString day, month, year;
    };
    FieldView fieldView(const form::FieldSpec &spec) const;

signals:
    void stepChanged();
    void answersChanged();
    void inputMethodChanged();
    void photoChanged();
    void sampleLoaded(const QString &key);  // after loadSampleAnswers (screenshots)

private:
    struct Composition {
        QString prefix;  // text the composer did not type (edited by hand)
        form::VietnameseComposer composer;
    };
    struct DateParts {
        QString day, month, year;
    };

    bool vietnamese() const;
    form::Date today() const;
    QString titleOf(const Step &step) const;
    const Step &current() const { return m_steps.at(m_step); }
    void enterStep(int index);
    void rebuildSteps();
    void refresh();
    QString errorFor(const QString &key) const;
    QString displayOf(const form::FieldSpec &spec, const std::string &value) const;
    QString displayOf(const form::FieldSpec &spec, const std::string &value, bool vietnamese) const;
    static QString sectionTitleVi(const QString &key);
    bool fieldShown(std::string_view key) const;
    bool fieldRequired(const form::FieldSpec &spec) const;
    std::vector<const form::FieldSpec *> fieldsOfStep(const QString &section) const;
    void storeAnswer(const QString &key, const QString &value);
    std::optional<form::ProcedureFee> fee() const;
    void followAge();  // TK01 ↔ TK01a as the date of birth says
    void tidyStep(const QString &section);

    const Clock &m_clock;
    std::optional<form::BundledFormData> m_data;
    std::vector<Step> m_allSteps;  // the whole flow; see allSteps() in the .cpp
    std::vector<Step> m_steps;  // enabled steps only
    std::map<QString, StepGate> m_gates;
    std::map<std::string, std::string> m_cardAnswers;
    std::map<std::string, std::string> m_offForm;  // answers the other form kind has, kept while the path is switched  // what the ID card said, by form key
    QByteArray m_photoJpeg;
    QString m_photoException;
    int m_step = 0;
    form::PassportForm m_form;
    QSet<QString> m_touched;  // fields whose errors are shown
    std::map<QString, Composition> m_compositions;
    std::map<QString, DateParts> m_dates;
    QString m_inputMethod = QStringLiteral("telex");
    QString m_stepMessage;
    QString m_language = QStringLiteral("vi");
    std::map<std::string, form::FieldError> m_errors;  // checkForm of the answers, by field
    PassportFieldModel m_fields;
};

}  // namespace motcua

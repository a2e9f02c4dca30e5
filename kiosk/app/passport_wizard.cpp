#include "kiosk/app/passport_wizard.h"

#include "kiosk/privacy/secure_wipe.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

#include "kiosk/form/answer_text.h"
#include "kiosk/core/vietnam_time.h"
#include "kiosk/form/form_rules.h"
#include "kiosk/form/form_text.h"

namespace motcua {
namespace {

using form::FieldSpec;
using form::InputKind;
using form::Requirement;
using Kind = PassportWizard::StepKind;

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// The whole flow in order. Disabled steps appear when their view-model plugs in.
std::vector<PassportWizard::Step> allSteps()
{
    return {
        {QStringLiteral("id_scan"), Kind::Scan, false},  // ID-card QR prefill (IdCardScan)
        {QStringLiteral("about_you"), Kind::Form, true},
        // TK01a part A: the parent or guardian, once the date of birth says under 14.
        {QStringLiteral("representative"), Kind::Form, true, form::FormKind::Tk01a},
        {QStringLiteral("id_card"), Kind::Form, true},
        {QStringLiteral("addresses"), Kind::Form, true},
        {QStringLiteral("work"), Kind::Form, true, form::FormKind::Tk01},
        {QStringLiteral("family"), Kind::Form, true},
        {QStringLiteral("previous_passport"), Kind::Form, true},
        {QStringLiteral("request"), Kind::Form, true},
        // The child's photo is taken at the office, where the child applies in person.
        {QStringLiteral("photo"), Kind::Photo, false, form::FormKind::Tk01},  // passport photo (PhotoCapture)
        {QStringLiteral("review"), Kind::Review, true},
        {QStringLiteral("fee"), Kind::Fee, true, form::FormKind::Tk01},
        {QStringLiteral("payment"), Kind::Payment, false, form::FormKind::Tk01},  // submission and VietQR payment (PassportSubmission)
        {QStringLiteral("receipt"), Kind::Receipt, false, form::FormKind::Tk01},  // receipt on screen and on paper (PassportSubmission)
        // TK01a is not sent: the completed declaration is printed for the office (PassportSubmission).
        {QStringLiteral("child_print"), Kind::Declaration, false, form::FormKind::Tk01a},
    };
}

QString kindName(InputKind kind)
{
    switch (kind) {
    case InputKind::Text: return QStringLiteral("text");
    case InputKind::PersonName: return QStringLiteral("name");
    case InputKind::Date: return QStringLiteral("date");
    case InputKind::IdNumber: return QStringLiteral("id");
    case InputKind::Phone: return QStringLiteral("phone");
    case InputKind::Email: return QStringLiteral("email");
    case InputKind::Choice: return QStringLiteral("choice");
    case InputKind::Province: return QStringLiteral("province");
    case InputKind::Commune: return QStringLiteral("commune");
    case InputKind::Ethnicity: return QStringLiteral("ethnicity");
    case InputKind::Religion: return QStringLiteral("religion");
    case InputKind::PassportNumber: return QStringLiteral("passport");
    case InputKind::Confirmation: return QStringLiteral("confirmation");
    }
    return {};
}

bool composes(InputKind kind)
{
    return kind == InputKind::PersonName || kind == InputKind::Text;
}

// "permanent_address.commune" → "permanent_address"
std::string groupOf(std::string_view key)
{
    const auto dot = key.rfind('.');
    return dot == std::string_view::npos ? std::string() : std::string(key.substr(0, dot));
}

}  // namespace

PassportWizard::PassportWizard(const Clock &clock, std::optional<form::BundledFormData> data, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_data(std::move(data))
    , m_allSteps(allSteps())
    , m_fields(*this)
{
    rebuildSteps();
    enterStep(0);
}

void PassportWizard::rebuildSteps()
{
    m_steps.clear();
    for (const auto &step : m_allSteps) {
        if (step.enabled && (!step.only || *step.only == m_form.kind)) {
            m_steps.push_back(step);
        }
    }
}

void PassportWizard::plugStep(const QString &key, StepGate gate)
{
    for (auto &step : m_allSteps) {
        if (step.key == key) {
            step.enabled = true;
        }
    }
    if (gate) {
        m_gates[key] = std::move(gate);
    }
    rebuildSteps();
    enterStep(0);
}

void PassportWizard::prefillFromCard(const std::map<std::string, std::string> &answers)
{
    for (const auto &[key, value] : answers) {
        if (form::findField(m_form.kind, key) == nullptr || value.empty()) {
            continue;
        }
        m_form.set(key, value);
        m_cardAnswers[key] = value;
        m_dates.erase(qs(key));
        m_compositions.erase(qs(key));
        m_touched.insert(qs(key));
    }
    refresh();
}

bool PassportWizard::fromCard(const QString &key) const
{
    const auto k = key.toStdString();
    const auto it = m_cardAnswers.find(k);
    return it != m_cardAnswers.end() && m_form.answer(k) == it->second;
}

void PassportWizard::attachPhoto(QByteArray jpeg, QString guideException)
{
    if (!m_photoJpeg.isSharedWith(jpeg)) {
        wipeBytes(m_photoJpeg);  // in place: every copy of the previous photo reads zeros
    }
    m_photoJpeg = std::move(jpeg);
    m_photoException = std::move(guideException);
    emit photoChanged();
}

void PassportWizard::setLanguage(const QString &language)
{
    m_language = language;
    retranslate();
}

void PassportWizard::retranslate()
{
    refresh();
    emit stepChanged();
}

bool PassportWizard::vietnamese() const
{
    // Vietnamese reads the printed form's words; other languages translate the English (form_text.h).
    return m_language == QLatin1String("vi");
}

form::Date PassportWizard::today() const
{
    return form::Date{std::chrono::floor<std::chrono::days>(m_clock.wallNow() + kVietnamUtcOffset)};
}

QString PassportWizard::stepKind() const
{
    switch (current().kind) {
    case Kind::Scan: return QStringLiteral("scan");
    case Kind::Form: return QStringLiteral("form");
    case Kind::Photo: return QStringLiteral("photo");
    case Kind::Review: return QStringLiteral("review");
    case Kind::Fee: return QStringLiteral("fee");
    case Kind::Payment: return QStringLiteral("payment");
    case Kind::Receipt: return QStringLiteral("receipt");
    case Kind::Declaration: return QStringLiteral("declaration");
    }
    return {};
}

QString PassportWizard::titleOf(const Step &step) const
{
    if (step.kind == Kind::Review) {
        return QCoreApplication::translate("PassportWizard", "Check your answers");
    }
    switch (step.kind) {
    case Kind::Scan: return QCoreApplication::translate("PassportWizard", "Scan your ID card");
    case Kind::Photo: return QCoreApplication::translate("PassportWizard", "Passport photo");
    case Kind::Fee: return QCoreApplication::translate("PassportWizard", "Fee");
    case Kind::Payment: return QCoreApplication::translate("PassportWizard", "Payment");
    case Kind::Receipt: return QCoreApplication::translate("PassportWizard", "Receipt");
    case Kind::Declaration: return QCoreApplication::translate("PassportWizard", "Print the declaration");
    default: break;
    }
    for (const auto &section : form::sections()) {
        if (qs(section.key) == step.key) {
            return form::formText(section.titleVi, section.titleEn, form::kFormContext, vietnamese());
        }
    }
    return step.key;
}

QString PassportWizard::sectionTitleVi(const QString &key)
{
    for (const auto &section : form::sections()) {
        if (qs(section.key) == key) {
            return qs(section.titleVi);
        }
    }
    return key;
}

QStringList PassportWizard::stepTitles() const
{
    QStringList titles;
    for (const auto &step : m_steps) {
        titles << titleOf(step);
    }
    return titles;
}

void PassportWizard::setInputMethod(const QString &method)
{
    if (method == m_inputMethod ||
        (method != QLatin1String("telex") && method != QLatin1String("vni") && method != QLatin1String("off"))) {
        return;
    }
    m_inputMethod = method;
    m_compositions.clear();  // what is shown stays; new keys use the new method
    emit inputMethodChanged();
}

std::vector<const FieldSpec *> PassportWizard::fieldsOfStep(const QString &section) const
{
    std::vector<const FieldSpec *> out;
    for (const auto &spec : form::fieldsFor(m_form.kind)) {
        if (qs(spec.section) == section) {
            out.push_back(&spec);
        }
    }
    return out;
}

void PassportWizard::enterStep(int index)
{
    m_step = std::clamp(index, 0, stepCount() - 1);
    m_stepMessage.clear();
    m_fields.reset(current().kind == Kind::Form ? fieldsOfStep(current().key) : std::vector<const FieldSpec *>{});
    emit stepChanged();
}

void PassportWizard::refresh()
{
    followAge();
    m_errors.clear();
    if (m_data) {
        for (auto &error : form::checkForm(submittedForm(), m_data->references(), today())) {
            m_errors.emplace(error.field, std::move(error));
        }
    }
    m_fields.refresh();
    emit answersChanged();
}

form::PassportForm PassportWizard::submittedForm() const
{
    return form::tidiedForm(m_form);
}

void PassportWizard::tidyStep(const QString &section)
{
    for (const auto *spec : fieldsOfStep(section)) {
        const std::string key(spec->key);
        const auto found = m_form.answers.find(key);
        if (found == m_form.answers.end()) {
            continue;
        }
        auto tidy = form::tidyAnswer(found->second);
        if (tidy == found->second) {
            continue;
        }
        m_compositions.erase(qs(spec->key));  // the field now shows the tidied text
        if (tidy.empty()) {
            m_form.answers.erase(found);
        } else {
            found->second = std::move(tidy);
        }
    }
}

void PassportWizard::followAge()
{
    const auto wanted = childPath() ? form::FormKind::Tk01a : form::FormKind::Tk01;
    if (wanted == m_form.kind) {
        return;
    }
    // Answers the other form does not ask for wait aside, in case the date was a slip.
    std::map<std::string, std::string> aside;
    for (auto it = m_form.answers.begin(); it != m_form.answers.end();) {
        if (form::findField(wanted, it->first) == nullptr) {
            aside.emplace(it->first, std::move(it->second));
            it = m_form.answers.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_offForm.begin(); it != m_offForm.end();) {
        if (form::findField(wanted, it->first) != nullptr) {
            m_form.answers.emplace(it->first, std::move(it->second));
            it = m_offForm.erase(it);
        } else {
            ++it;
        }
    }
    m_offForm.merge(aside);
    m_form.kind = wanted;
    const QString key = stepKey();
    rebuildSteps();
    int index = 0;
    for (int i = 0; i < stepCount(); ++i) {
        if (m_steps.at(i).key == key) {
            index = i;
        }
    }
    const QString message = m_stepMessage;
    enterStep(index);
    m_stepMessage = message;
}

bool PassportWizard::next()
{
    if (current().kind == Kind::Form) {
        tidyStep(current().key);
        refresh();
        bool problems = false;
        for (const auto *spec : fieldsOfStep(current().key)) {
            const auto key = qs(spec->key);
            if (!fieldShown(spec->key)) {
                continue;
            }
            m_touched.insert(key);
            problems = problems || m_errors.count(std::string(spec->key)) > 0;
        }
        if (problems) {
            m_stepMessage = QCoreApplication::translate("PassportWizard", "Please correct the answers marked above before going on.");
            refresh();
            emit stepChanged();
            return false;
        }
    } else if (current().kind == Kind::Review) {
        if (!m_errors.empty()) {
            m_stepMessage = reviewErrorCount() > 0
                                ? QCoreApplication::translate("PassportWizard", "Some answers need correcting: touch \"Edit\" next to the section.")
                                : QCoreApplication::translate("PassportWizard", "Please tick the declaration to go on.");
            emit stepChanged();
            return false;
        }
    } else if (const auto gate = m_gates.find(current().key); gate != m_gates.end()) {
        if (auto blocked = gate->second(); !blocked.isEmpty()) {
            m_stepMessage = std::move(blocked);
            emit stepChanged();
            return false;
        }
    }
    if (m_step + 1 >= stepCount()) {
        return false;
    }
    enterStep(m_step + 1);
    return true;
}

bool PassportWizard::submitted() const
{
    // Past the point of no return: the application is in the outbox or on paper.
    const auto kind = current().kind;
    return kind == Kind::Payment || kind == Kind::Receipt || kind == Kind::Declaration;
}

void PassportWizard::back()
{
    if (m_step > 0 && !submitted()) {
        enterStep(m_step - 1);
    }
}

void PassportWizard::goToStep(const QString &key)
{
    if (submitted()) {
        return;
    }
    for (int i = 0; i < stepCount(); ++i) {
        if (m_steps.at(i).key == key) {
            enterStep(i);
            return;
        }
    }
}

void PassportWizard::restart()
{
    for (auto &[key, value] : m_form.answers) {
        std::fill(value.begin(), value.end(), ' ');  // overwrite before letting go
    }
    m_form = form::PassportForm{};
    for (auto &[key, value] : m_cardAnswers) {
        std::fill(value.begin(), value.end(), ' ');
    }
    m_cardAnswers.clear();
    for (auto &[key, value] : m_offForm) {
        std::fill(value.begin(), value.end(), ' ');
    }
    m_offForm.clear();
    rebuildSteps();
    attachPhoto({});
    m_touched.clear();
    m_compositions.clear();
    m_dates.clear();
    m_errors.clear();
    m_inputMethod = QStringLiteral("telex");
    emit inputMethodChanged();
    enterStep(0);
    refresh();
}

QString PassportWizard::answer(const QString &key) const
{
    return qs(m_form.answer(key.toStdString()));
}

void PassportWizard::storeAnswer(const QString &key, const QString &value)
{
    const auto k = key.toStdString();
    if (value.trimmed().isEmpty()) {
        m_form.answers.erase(k);
    } else {
        m_form.set(k, value.toStdString());
    }
    m_touched.insert(key);
}

void PassportWizard::setAnswer(const QString &key, const QString &value)
{
    const auto *spec = form::findField(m_form.kind, key.toStdString());
    if (spec == nullptr) {
        return;
    }
    const bool provinceChanged = spec->kind == InputKind::Province && answer(key) != value;
    storeAnswer(key, value);
    if (provinceChanged) {
        // A commune belongs to one province: the old pick no longer fits.
        const auto commune = QString::fromStdString(groupOf(spec->key) + ".commune");
        m_form.answers.erase(commune.toStdString());
        m_touched.remove(commune);
    }
    // Answers to questions that no longer apply are not sent.
    for (const auto &other : form::fieldsFor(m_form.kind)) {
        if (!fieldShown(other.key)) {
            m_form.answers.erase(std::string(other.key));
        }
    }
    refresh();
}

QString PassportWizard::edit(const QString &key, const QString &text)
{
    const auto *spec = form::findField(m_form.kind, key.toStdString());
    if (spec == nullptr) {
        return text;
    }
    QString result = text;
    if (composes(spec->kind) && m_inputMethod != QLatin1String("off")) {
        auto &c = m_compositions[key];
        const auto method = m_inputMethod == QLatin1String("vni") ? form::InputMethod::Vni : form::InputMethod::Telex;
        if (c.composer.method() != method) {
            c.composer.setMethod(method);  // starts a new word
        }
        if (c.prefix + QString::fromStdString(c.composer.text()) != answer(key)) {
            // The answer came from elsewhere (sample, prefill, another method): compose after it.
            c.prefix = answer(key);
            c.composer.clear();
        }
        const QString shown = c.prefix + QString::fromStdString(c.composer.text());
        if (text.size() > shown.size() && text.startsWith(shown)) {
            // Keys typed at the end: through the composer.
            for (const char32_t key32 : text.mid(shown.size()).toStdU32String()) {
                c.composer.type(key32);
            }
        } else if (text.size() + 1 == shown.size() && shown.startsWith(text)) {
            if (!c.composer.text().empty()) {
                c.composer.backspace();
            } else {
                c.prefix.chop(1);
            }
        } else if (text != shown) {
            // Edited elsewhere (cursor moved, text replaced): keep it as it is.
            c.prefix = text;
            c.composer.clear();
        }
        result = c.prefix + QString::fromStdString(c.composer.text());
    }
    storeAnswer(key, result);
    refresh();
    return result;
}

void PassportWizard::setDatePart(const QString &key, const QString &part, const QString &value)
{
    auto &parts = m_dates[key];
    const QString digits = value.trimmed();
    if (part == QLatin1String("day")) {
        parts.day = digits;
    } else if (part == QLatin1String("month")) {
        parts.month = digits;
    } else if (part == QLatin1String("year")) {
        parts.year = digits;
    } else {
        return;
    }
    const auto k = key.toStdString();
    if (parts.day.isEmpty() && parts.month.isEmpty() && parts.year.isEmpty()) {
        m_form.answers.erase(k);
    } else {
        // Padded so that 5/7/1990 reads as 1990-07-05; the rules judge the rest.
        m_form.set(k, QStringLiteral("%1-%2-%3")
                          .arg(parts.year, parts.month.rightJustified(2, QLatin1Char('0')),
                               parts.day.rightJustified(2, QLatin1Char('0')))
                          .toStdString());
    }
    // Errors wait until the year is complete, or Next is pressed.
    if (parts.year.size() >= 4) {
        m_touched.insert(key);
    }
    refresh();
}

void PassportWizard::setDeclared(bool declared)
{
    storeAnswer(QStringLiteral("declaration.confirmed"), declared ? QStringLiteral("yes") : QString());
    m_stepMessage.clear();
    refresh();
    emit stepChanged();
}

QVariantList PassportWizard::search(const QString &key, const QString &query) const
{
    QVariantList out;
    const auto *spec = form::findField(m_form.kind, key.toStdString());
    if (spec == nullptr || !m_data) {
        return out;
    }
    const auto q = query.trimmed().toStdString();
    auto add = [&out](const std::string &code, const std::string &name) {
        out.append(QVariantMap{{QStringLiteral("code"), QString::fromStdString(code)},
                               {QStringLiteral("name"), QString::fromStdString(name)}});
    };
    switch (spec->kind) {
    case InputKind::Province:
        if (q.empty()) {
            for (const auto &p : m_data->adminUnits.provinces()) {
                add(p.code, p.name);
            }
        } else {
            for (const auto *p : m_data->adminUnits.searchProvinces(q)) {
                add(p->code, p->name);
            }
        }
        break;
    case InputKind::Commune: {
        const auto province = m_form.answer(groupOf(spec->key) + ".province");
        if (province.empty()) {
            break;  // the screen asks for the province first
        }
        for (const auto &ref : m_data->adminUnits.searchCommunes(province, q, 60)) {
            add(ref.commune->code, ref.commune->name);
        }
        break;
    }
    case InputKind::Ethnicity:
    case InputKind::Religion: {
        const auto &list = spec->kind == InputKind::Ethnicity ? m_data->ethnicities : m_data->religions;
        const bool vi = vietnamese();
        if (q.empty()) {
            for (const auto &item : list.items()) {
                add(item.code, vi ? item.nameVi : item.nameEn);
            }
        } else {
            for (const auto *item : list.search(q)) {
                add(item->code, vi ? item->nameVi : item->nameEn);
            }
        }
        break;
    }
    default: break;
    }
    return out;
}

bool PassportWizard::fieldShown(std::string_view key) const
{
    if (key.starts_with("delivery_address.")) {
        return m_form.answer("delivery.method") == "post";
    }
    if (key == "request.details") {
        const auto type = m_form.answer("request.type");
        return !type.empty() && type != "first_issue";
    }
    return true;
}

bool PassportWizard::fieldRequired(const FieldSpec &spec) const
{
    switch (spec.requirement) {
    case Requirement::Always: return true;
    case Requirement::Optional: return false;
    case Requirement::Conditional: break;
    }
    const std::string_view key = spec.key;
    const auto type = m_form.answer("request.type");
    if (key.starts_with("delivery_address.")) {
        return m_form.answer("delivery.method") == "post";
    }
    if (key.starts_with("previous_passport.")) {
        return type == "reissue_expired" || type == "reissue_damaged" || type == "reissue_changed_details";
    }
    if (key == "request.details") {
        return type == "reissue_changed_details";
    }
    if (key.starts_with("current_address.")) {
        // All three or none.
        const auto group = groupOf(key);
        return m_form.has(group + ".province") || m_form.has(group + ".commune") || m_form.has(group + ".street");
    }
    return false;
}

QString PassportWizard::errorFor(const QString &key) const
{
    const auto found = m_errors.find(key.toStdString());
    if (found == m_errors.end()) {
        return {};
    }
    return form::formText(found->second.messageVi, found->second.messageEn, form::kErrorContext, vietnamese());
}

QString PassportWizard::displayOf(const FieldSpec &spec, const std::string &value) const
{
    return displayOf(spec, value, vietnamese());
}

QString PassportWizard::displayOf(const FieldSpec &spec, const std::string &value, bool vi) const
{
    if (value.empty()) {
        return {};
    }
    switch (spec.kind) {
    case InputKind::Choice:
    case InputKind::Confirmation:
        for (const auto &choice : form::choicesFor(spec.key)) {
            if (choice.value == value) {
                return form::formText(choice.labelVi, choice.labelEn, form::kFormContext, vi);
            }
        }
        break;
    case InputKind::Province:
        if (m_data) {
            if (const auto *p = m_data->adminUnits.findProvince(value)) {
                return QString::fromStdString(p->name);
            }
        }
        break;
    case InputKind::Commune:
        if (m_data) {
            if (const auto ref = m_data->adminUnits.findCommune(value)) {
                return QString::fromStdString(ref->commune->name);
            }
        }
        break;
    case InputKind::Ethnicity:
    case InputKind::Religion:
        if (m_data) {
            const auto &list = spec.kind == InputKind::Ethnicity ? m_data->ethnicities : m_data->religions;
            if (const auto *item = list.find(value)) {
                return QString::fromStdString(vi ? item->nameVi : item->nameEn);
            }
        }
        break;
    case InputKind::Date: {
        const auto parsed = form::parseIsoDate(value);
        if (parsed.date) {
            return QStringLiteral("%1/%2/%3")
                .arg(static_cast<unsigned>(parsed.date->day()), 2, 10, QLatin1Char('0'))
                .arg(static_cast<unsigned>(parsed.date->month()), 2, 10, QLatin1Char('0'))
                .arg(static_cast<int>(parsed.date->year()));
        }
        break;
    }
    default: break;
    }
    return QString::fromStdString(value);
}

PassportWizard::FieldView PassportWizard::fieldView(const FieldSpec &spec) const
{
    FieldView view;
    const auto key = qs(spec.key);
    const std::string value(m_form.answer(spec.key));
    view.label = form::formText(spec.labelVi, spec.labelEn, form::kFormContext, vietnamese());
    view.kind = kindName(spec.kind);
    view.value = QString::fromStdString(value);
    view.displayValue = displayOf(spec, value);
    view.error = m_touched.contains(key) ? errorFor(key) : QString();
    view.mandatory = fieldRequired(spec);
    view.shown = fieldShown(spec.key);
    view.fromCard = fromCard(key);
    for (const auto &choice : form::choicesFor(spec.key)) {
        view.choices.append(QVariantMap{{QStringLiteral("value"), qs(choice.value)},
                                        {QStringLiteral("label"), form::formText(choice.labelVi, choice.labelEn,
                                                                                 form::kFormContext, vietnamese())}});
    }
    if (spec.kind == InputKind::Date) {
        if (const auto parts = m_dates.find(key); parts != m_dates.end()) {
            view.day = parts->second.day;
            view.month = parts->second.month;
            view.year = parts->second.year;
        } else if (const auto parsed = form::parseIsoDate(value); parsed.date) {
            view.day = QString::number(static_cast<unsigned>(parsed.date->day()));
            view.month = QString::number(static_cast<unsigned>(parsed.date->month()));
            view.year = QString::number(static_cast<int>(parsed.date->year()));
        }
    }
    return view;
}

bool PassportWizard::childPath() const
{
    const auto birth = form::parseIsoDate(m_form.answer("date_of_birth"));
    return birth.date && form::formKindForAge(*birth.date, today()) == form::FormKind::Tk01a;
}

QString PassportWizard::childPathMessage() const
{
    if (!childPath()) {
        return {};
    }
    return QCoreApplication::translate("PassportWizard",
                                       "This child is under 14: a parent or guardian fills in form TK01a for the child "
                                       "here, starting with their own details. The kiosk prints the declaration; the "
                                       "child then applies in person at the immigration office with a birth certificate.");
}

QVariantList PassportWizard::reviewSections() const
{
    QVariantList sections;
    for (const auto &step : m_steps) {
        if (step.kind != Kind::Form) {
            continue;
        }
        QVariantList items;
        int errors = 0;
        for (const auto *spec : fieldsOfStep(step.key)) {
            if (!fieldShown(spec->key)) {
                continue;
            }
            const std::string value = form::tidyAnswer(m_form.answer(spec->key));
            const auto error = errorFor(qs(spec->key));
            if (value.empty() && error.isEmpty()) {
                continue;  // optional and left empty: nothing to send
            }
            errors += error.isEmpty() ? 0 : 1;
            items.append(QVariantMap{{QStringLiteral("key"), qs(spec->key)},
                                     {QStringLiteral("label"), form::formText(spec->labelVi, spec->labelEn,
                                                                              form::kFormContext, vietnamese())},
                                     {QStringLiteral("value"), displayOf(*spec, value)},
                                     // Paper keeps Vietnamese for the office (child_declaration_layout).
                                     {QStringLiteral("labelVi"), qs(spec->labelVi)},
                                     {QStringLiteral("valueVi"), displayOf(*spec, value, true)},
                                     {QStringLiteral("error"), error}});
        }
        sections.append(QVariantMap{{QStringLiteral("step"), step.key},
                                    {QStringLiteral("title"), titleOf(step)},
                                    {QStringLiteral("titleVi"), sectionTitleVi(step.key)},
                                    {QStringLiteral("errorCount"), errors},
                                    {QStringLiteral("items"), items}});
    }
    return sections;
}

int PassportWizard::reviewErrorCount() const
{
    return static_cast<int>(std::count_if(m_errors.begin(), m_errors.end(),
                                          [](const auto &e) { return e.first != "declaration.confirmed"; }));
}

std::optional<form::ProcedureFee> PassportWizard::fee() const
{
    const auto type = m_form.answer("request.type");
    if (!m_data || type.empty()) {
        return std::nullopt;
    }
    auto found = m_data->fees.feeFor(type, vietnamIsoDate(m_clock.wallNow()));
    return found ? std::optional(*found) : std::nullopt;
}

int64_t PassportWizard::feeVnd() const
{
    const auto f = fee();
    return f ? f->feeVnd : 0;
}

QString PassportWizard::money(int64_t vnd) const
{
    if (vietnamese()) {
        return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(static_cast<qlonglong>(vnd)) + QStringLiteral(" đồng");
    }
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(static_cast<qlonglong>(vnd)) + QStringLiteral(" VND");
}

bool PassportWizard::feeKnown() const
{
    return fee().has_value();
}

QString PassportWizard::feeAmount() const
{
    const auto f = fee();
    if (!f) {
        return {};
    }
    return money(f->feeVnd);
}

QString PassportWizard::feeProcedure() const
{
    const auto f = fee();
    return f ? QString::fromStdString(vietnamese() ? f->nameVi : f->nameEn) : QString();
}

int PassportWizard::feeReturnDays() const
{
    const auto f = fee();
    return f ? f->returnWorkingDays : 0;
}

QString PassportWizard::feeNormalAmount() const
{
    const auto f = fee();
    return f && f->normalFeeVnd != f->feeVnd ? money(f->normalFeeVnd) : QString();
}

QString PassportWizard::feeReducedUntil() const
{
    const auto f = fee();
    if (!f || f->normalFeeVnd == f->feeVnd || f->reducedUntil.empty()) {
        return {};
    }
    return displayOf(FieldSpec{"", "", "", "", InputKind::Date, Requirement::Optional}, f->reducedUntil);
}

QString PassportWizard::feeReductionSource() const
{
    const auto f = fee();
    return f && f->normalFeeVnd != f->feeVnd ? QString::fromStdString(f->reductionSource) : QString();
}

QString PassportWizard::feeCatalogueDate() const
{
    if (!m_data) {
        return {};
    }
    const auto parsed = form::parseIsoDate(m_data->fees.catalogueDate());
    return parsed.date ? displayOf(FieldSpec{"", "", "", "", InputKind::Date, Requirement::Optional},
                                   m_data->fees.catalogueDate())
                       : QString::fromStdString(m_data->fees.catalogueDate());
}

void PassportWizard::loadSampleAnswers(const QString &key)
{
    restart();
    const std::pair<const char *, const char *> sample[] = {
        {"family_name", "Nguyễn"},
        {"given_names", "Văn An"},
        {"sex", "male"},
        {"date_of_birth", "1990-05-15"},
        {"place_of_birth", "Hà Nội"},
        {"id_number", "001090123456"},
        {"id_issue_date", "2021-06-10"},
        {"ethnicity", "01"},
        {"religion", "00"},
        {"phone", "0912345678"},
        {"email", "an.nguyen@example.vn"},
        {"permanent_address.province", "01"},
        {"permanent_address.commune", "00070"},
        {"permanent_address.street", "Số 12 phố Hàng Bông"},
        {"occupation", "Kỹ sư xây dựng"},
        {"workplace", "Công ty Cổ phần Xây dựng Thăng Long, Đống Đa, Hà Nội"},
        {"father.name", "Nguyễn Văn Bình"},
        {"father.date_of_birth", "1960-02-01"},
        {"mother.name", "Trần Thị Cúc"},
        {"mother.date_of_birth", "1963-08-20"},
        {"request.type", "first_issue"},
        {"request.chip", "chip"},
        {"delivery.method", "pickup"},
        {"declaration.confirmed", "yes"},
    };
    for (const auto &[name, value] : sample) {
        m_form.set(name, value);
    }
    if (key == QLatin1String("representative") || key == QLatin1String("child_print")) {
        // A child of 9, declared by her mother (TK01a).
        const std::pair<const char *, const char *> child[] = {
            {"given_names", "Thị Bình An"},
            {"sex", "female"},
            {"date_of_birth", "2017-03-08"},
            {"id_number", "001317012345"},
            {"id_issue_date", "2024-07-01"},
            {"father.date_of_birth", "1985-02-01"},
            {"mother.date_of_birth", "1988-08-20"},
            {"representative.name", "Trần Thị Cúc"},
            {"representative.date_of_birth", "1988-08-20"},
            {"representative.sex", "female"},
            {"representative.id_number", "001188012345"},
            {"representative.id_issue_date", "2021-06-10"},
            {"representative.permanent_address.province", "01"},
            {"representative.permanent_address.commune", "00070"},
            {"representative.permanent_address.street", "Số 12 phố Hàng Bông"},
            {"representative.phone", "0912345678"},
            {"representative.relationship", "mother"},
        };
        for (const auto &[name, value] : child) {
            m_form.set(name, value);
        }
        refresh();  // switches to TK01a
    }
    goToStep(key);
    refresh();
    if (key == QLatin1String("child_print") && stepKey() != key) {
        // The printing step appears only when plugged; open it directly.
        for (int i = 0; i < stepCount(); ++i) {
            if (m_steps.at(i).key == key) {
                enterStep(i);
            }
        }
    }
    emit sampleLoaded(key);
}

}  // namespace motcua

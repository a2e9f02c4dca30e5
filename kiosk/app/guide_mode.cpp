#include "kiosk/app/guide_mode.h"

#include <QCoreApplication>
#include <QEvent>
#include <QtConcurrent/QtConcurrentRun>

#include "kiosk/core/log_categories.h"

namespace motcua {
namespace {

constexpr size_t kMaxPinDigits = 12;

QString trText(const char *text, int n = -1)
{
    return QCoreApplication::translate("GuideMode", text, nullptr, n);
}

// "Try again in 5 minutes": whole minutes once it is a minute or more, rounded up.
QString lockedMessage(std::chrono::seconds retryAfter)
{
    const auto seconds = static_cast<int>(retryAfter.count());
    if (seconds < 60) {
        return trText("Too many wrong PINs. Try again in %n second(s).", std::max(seconds, 1));
    }
    return trText("Too many wrong PINs. Try again in %n minute(s).", (seconds + 59) / 60);
}

void overwrite(std::string &secret)
{
    volatile char *bytes = secret.data();
    for (size_t i = 0; i < secret.size(); ++i) {
        bytes[i] = 0;
    }
    secret.clear();
}

}  // namespace

GuideMode::GuideMode(GuideAccounts &accounts, AuditLog &audit, PinCheck check, std::chrono::seconds idleLogout,
                     QObject *parent)
    : QObject(parent), m_accounts(accounts), m_audit(audit), m_check(std::move(check))
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(static_cast<int>(std::chrono::milliseconds(idleLogout).count()));
    connect(&m_idle, &QTimer::timeout, this, [this] { close("idle"); });
    connect(&m_watcher, &QFutureWatcher<Result<LoginResult>>::finished, this, &GuideMode::finishCheck);
    if (auto *app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
}

bool GuideMode::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

GuideMode::~GuideMode()
{
    m_watcher.waitForFinished();
    overwrite(m_pin);
}

void GuideMode::setIdleLogoutMs(int ms)
{
    m_idle.setInterval(ms);
    if (m_idle.isActive()) {
        m_idle.start();
    }
    emit changed();
}

void GuideMode::setPage(const QString &page)
{
    if (page != m_page) {
        m_page = page;
        emit changed();
    }
}

void GuideMode::showSample(const QString &state, const QString &page)
{
    m_guides.clear();
    for (const auto *name : {"lan.nt", "minh.tv", "hoa.pt", "duc.lv"}) {
        m_guides.append(QVariantMap{{QStringLiteral("name"), QString::fromLatin1(name)},
                                    {QStringLiteral("role"), QStringLiteral("guide")}});
    }
    m_guide = QStringLiteral("lan.nt");
    m_pin = "1234";
    m_message = state == QLatin1String("pin") ? trText("Wrong PIN. %n try(s) left.", 3) : QString();
    m_page = page;
    setState(state);
    m_idle.stop();
}

void GuideMode::loadGuides()
{
    m_guides.clear();
    auto accounts = m_accounts.list();
    if (!accounts) {
        qCWarning(lcUi) << "guide accounts not read:" << accounts.error().code.c_str();
        return;
    }
    for (const auto &account : *accounts) {
        if (account.active) {
            m_guides.append(QVariantMap{{QStringLiteral("name"), QString::fromStdString(account.name)},
                                        {QStringLiteral("role"), QString::fromLatin1(guideRoleName(account.role))}});
        }
    }
}

void GuideMode::setState(const QString &state)
{
    m_state = state;
    if (state == QLatin1String("closed")) {
        m_idle.stop();
    } else {
        m_idle.start();
    }
    emit changed();
}

void GuideMode::open()
{
    if (m_state != QLatin1String("closed")) {
        return;
    }
    loadGuides();
    m_message.clear();
    setState(QStringLiteral("choose"));
}

void GuideMode::chooseGuide(const QString &name)
{
    if (m_state != QLatin1String("choose")) {
        return;
    }
    m_guide = name;
    m_message.clear();
    clearPin();
    setState(QStringLiteral("pin"));
}

void GuideMode::back()
{
    if (checking()) {
        return;
    }
    clearPin();
    m_message.clear();
    if (m_state == QLatin1String("pin")) {
        m_guide.clear();
        setState(QStringLiteral("choose"));
    } else if (m_state == QLatin1String("choose")) {
        setState(QStringLiteral("closed"));
    }
}

void GuideMode::pressDigit(int digit)
{
    if (m_state != QLatin1String("pin") || checking() || digit < 0 || digit > 9 || m_pin.size() >= kMaxPinDigits) {
        return;
    }
    m_pin.push_back(static_cast<char>('0' + digit));
    m_message.clear();
    noteActivity();
    emit changed();
}

void GuideMode::erase()
{
    if (m_pin.empty() || checking()) {
        return;
    }
    m_pin.pop_back();
    noteActivity();
    emit changed();
}

void GuideMode::clearPin()
{
    overwrite(m_pin);
}

void GuideMode::submit()
{
    if (m_state != QLatin1String("pin") || checking() || m_pin.empty()) {
        return;
    }
    m_idle.stop();  // a slow check is not idleness
    m_checking = true;
    m_watcher.setFuture(QtConcurrent::run([check = m_check, name = m_guide.toStdString(), pin = m_pin]() mutable {
        auto result = check(name, pin);
        overwrite(pin);
        return result;
    }));
    clearPin();
    emit changed();
}

void GuideMode::finishCheck()
{
    const auto result = m_watcher.result();
    m_checking = false;
    m_idle.start();
    if (!result) {
        qCWarning(lcUi) << "guide login not checked:" << result.error().code.c_str();
        m_message = trText("The PIN could not be checked. Please try again.");
        emit changed();
        return;
    }
    switch (result->outcome) {
    case LoginOutcome::Ok:
        m_technician = result->role == GuideRole::Technician;
        m_message.clear();
        m_page = QStringLiteral("menu");
        setState(QStringLiteral("home"));
        return;
    case LoginOutcome::WrongPin:
        m_message = trText("Wrong PIN. %n try(s) left.", result->triesLeft);
        break;
    case LoginOutcome::Locked:
        m_message = lockedMessage(result->retryAfter);
        break;
    case LoginOutcome::Disabled:
    case LoginOutcome::UnknownGuide:
        m_message = trText("This account cannot log in. Ask the site's technician.");
        break;
    }
    emit changed();
}

void GuideMode::close(const std::string &reason)
{
    if (m_state == QLatin1String("home")) {
        if (auto done = m_accounts.logout(m_guide.toStdString(), reason); !done) {
            qCWarning(lcUi) << "guide logout not audited:" << done.error().code.c_str();
        }
    }
    clearPin();
    m_guide.clear();
    m_technician = false;
    m_message.clear();
    setState(QStringLiteral("closed"));
}

void GuideMode::logout()
{
    close("button");
}

void GuideMode::noteActivity()
{
    if (m_state != QLatin1String("closed") && !checking()) {
        m_idle.start();
    }
}

void GuideMode::startAssistedSession()
{
    if (m_state != QLatin1String("home")) {
        return;
    }
    if (auto done = m_audit.append(AuditEvent::AssistedSessionStart, m_guide.toStdString()); !done) {
        qCWarning(lcUi) << "assisted session not audited:" << done.error().code.c_str();
    }
    m_assistedBy = m_guide;
    m_assistedSessionBegan = false;
    emit assistedSessionChanged(m_assistedBy);
    close("assisted_session");
}

void GuideMode::sessionStateChanged(const QString &state)
{
    if (m_assistedBy.isEmpty()) {
        return;
    }
    if (state != QLatin1String("attract")) {
        m_assistedSessionBegan = true;
        return;
    }
    if (!m_assistedSessionBegan) {
        return;
    }
    if (auto done = m_audit.append(AuditEvent::AssistedSessionEnd, m_assistedBy.toStdString()); !done) {
        qCWarning(lcUi) << "assisted session end not audited:" << done.error().code.c_str();
    }
    m_assistedBy.clear();
    emit assistedSessionChanged(QString());
    emit changed();
}

void GuideMode::requestQuit()
{
    if (m_state == QLatin1String("home") && m_technician) {
        emit quitRequested(m_guide);
    }
}

}  // namespace motcua

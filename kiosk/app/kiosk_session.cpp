#include "kiosk/app/kiosk_session.h"


#include "kiosk/core/log_categories.h"

namespace motcua {
KioskSession::KioskSession(CitizenSession &session, const Clock &clock, QObject *parent)
    : QObject(parent), m_session(session), m_clock(clock)
{
    m_lastState = state();
    m_lastLanguage = language();
    m_lastWipes = session.wipeCount();
    m_pollTimer.setInterval(250);
    connect(&m_pollTimer, &QTimer::timeout, this, &KioskSession::poll);
    m_pollTimer.start();
}

QString KioskSession::state() const
{
    if (m_rating) {
        return QStringLiteral("service");
    }
    return QString::fromLatin1(stateName(m_session.state()));
}

QString KioskSession::language() const
{
    if (m_rating) {
        return m_ratedLanguage;
    }
    return QString::fromStdString(m_session.language());
}

QString KioskSession::service() const
{
    if (m_rating) {
        return QStringLiteral("feedback");
    }
    return QString::fromStdString(m_session.service());
}

int KioskSession::ratingSeconds() const
{
    return static_cast<int>((m_session.policy().timeout + m_session.policy().countdown).count());
}

int KioskSession::idleCountdownSeconds() const
{
    return static_cast<int>(m_session.policy().countdown.count());
}

void KioskSession::publish(const Status &status, const char *action)
{
    if (!status) {
        qCWarning(lcSession) << action << "refused:" << status.error().code.c_str();
    }
    sync();
}

void KioskSession::start()
{
    publish(m_session.start(), "start");
}

void KioskSession::chooseLanguage(const QString &language)
{
    publish(m_session.chooseLanguage(language.toStdString()), "language");
}

void KioskSession::openService(const QString &service)
{
    const auto status = m_session.openService(service.toStdString());
    if (status && !m_servicesUsed.contains(service)) {
        m_servicesUsed.append(service);
    }
    publish(status, "open service");
}

void KioskSession::backToHome()
{
    publish(m_session.backToHome(), "back home");
}

void KioskSession::finish()
{
    const auto language = this->language();
    const auto services = m_servicesUsed;
    const auto status = m_session.finish();
    if (status) {
        openRating(language, services);
    }
    publish(status, "finish");
}

void KioskSession::endAndRate()
{
    const auto current = m_session.state();
    if (current != SessionState::Home && current != SessionState::Service) {
        endSession();  // nothing was done yet: nothing to rate
        return;
    }
    const auto language = this->language();
    const auto services = m_servicesUsed;
    m_session.abandon();
    openRating(language, services);
    sync();
}

void KioskSession::endSession()
{
    if (m_rating) {
        closeRating();
    }
    m_session.abandon();
    sync();
}

void KioskSession::openRating(const QString &language, const QStringList &services)
{
    m_rating = true;
    m_ratedLanguage = language;
    m_ratedServices = services;
    m_ratingTouched = m_clock.now();
    emit ratingOpened();
}

void KioskSession::closeRating()
{
    if (!m_rating) {
        return;
    }
    emit ratingClosed();
    m_rating = false;
    m_ratedServices.clear();
    sync();
}

void KioskSession::stillHere()
{
    m_session.touch();
    poll();
}

void KioskSession::userActivity()
{
    // While the countdown shows, only its own buttons count: a stray touch on
    // the dimmed screen behind must not silently cancel it.
    if (!m_idleWarning) {
        m_session.touch();
    }
    if (m_rating) {
        m_ratingTouched = m_clock.now();
    }
}

void KioskSession::poll()
{
    // The rating step never keeps the kiosk from the next citizen.
    if (m_rating && m_clock.now() - m_ratingTouched >= std::chrono::seconds(ratingSeconds())) {
        closeRating();
    }
    const auto status = m_session.poll();
    const bool warning = status.phase == IdlePhase::Warning;
    if (warning != m_idleWarning || status.secondsLeft != m_idleSecondsLeft) {
        m_idleWarning = warning;
        m_idleSecondsLeft = status.secondsLeft;
        emit idleChanged();
    }
    sync();
}

void KioskSession::sync()
{
    if (m_session.wipeCount() != m_lastWipes) {
        m_lastWipes = m_session.wipeCount();
        m_servicesUsed.clear();
        if (m_idleWarning) {
            m_idleWarning = false;
            m_idleSecondsLeft = 0;
            emit idleChanged();
        }
        emit wiped();
    }
    if (const auto current = language(); current != m_lastLanguage) {
        m_lastLanguage = current;
        emit languageChanged();
    }
    const auto currentState = state();
    const auto currentService = service();
    if (currentState != m_lastState || currentService != m_lastService) {
        m_lastState = currentState;
        m_lastService = currentService;
        qCInfo(lcUi).noquote() << "screen" << currentState << currentService;
        emit stateChanged();
    }
}

}  // namespace motcua

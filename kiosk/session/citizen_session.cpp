#include "kiosk/session/citizen_session.h"

#include <algorithm>

#include "kiosk/core/log_categories.h"
#include "kiosk/core/session_id.h"

namespace motcua {

const char *stateName(SessionState state)
{
    switch (state) {
    case SessionState::Attract: return "attract";
    case SessionState::Language: return "language";
    case SessionState::Home: return "home";
    case SessionState::Service: return "service";
    }
    return "unknown";
}

const char *outcomeName(SessionOutcome outcome)
{
    switch (outcome) {
    case SessionOutcome::Finished: return "finished";
    case SessionOutcome::Abandoned: return "abandoned";
    case SessionOutcome::TimedOut: return "timed_out";
    }
    return "unknown";
}

CitizenSession::CitizenSession(const Clock &clock, IdlePolicy policy, std::string defaultLanguage)
    : m_clock(clock)
    , m_policy(policy)
    , m_defaultLanguage(std::move(defaultLanguage))
    , m_language(m_defaultLanguage)
    , m_lastTouch(clock.now())
{
}

void CitizenSession::addHolder(SessionDataHolder *holder)
{
    if (std::find(m_holders.begin(), m_holders.end(), holder) == m_holders.end()) {
        m_holders.push_back(holder);
    }
}

void CitizenSession::removeHolder(SessionDataHolder *holder)
{
    std::erase(m_holders, holder);
}

Status CitizenSession::expect(SessionState state, const char *action) const
{
    if (m_state != state) {
        return fail("session.bad_transition",
                    std::string("cannot ") + action + " while in state " + stateName(m_state));
    }
    return {};
}

Status CitizenSession::start()
{
    if (auto ok = expect(SessionState::Attract, "start"); !ok) {
        return ok;
    }
    m_id = newSessionId();
    m_state = SessionState::Language;
    touch();
    qCInfo(lcSession) << "session" << m_id.c_str() << "started";
    if (m_observer != nullptr) {
        m_observer->sessionStarted(m_id, m_clock.wallNow());
    }
    return {};
}

Status CitizenSession::chooseLanguage(const std::string &language)
{
    if (m_state == SessionState::Attract) {
        return fail("session.bad_transition", "cannot choose a language before the session starts");
    }
    touch();
    m_language = language;
    if (m_state == SessionState::Language) {
        m_state = SessionState::Home;
    }
    if (m_observer != nullptr) {
        m_observer->languageChosen(m_id, language);
    }
    return {};
}

Status CitizenSession::openService(const std::string &service)
{
    if (auto ok = expect(SessionState::Home, "open a service"); !ok) {
        return ok;
    }
    touch();
    m_state = SessionState::Service;
    m_service = service;
    m_step.clear();
    qCInfo(lcSession) << "session" << m_id.c_str() << "service" << service.c_str();
    if (m_observer != nullptr) {
        m_observer->serviceOpened(m_id, service);
    }
    return {};
}

Status CitizenSession::enterStep(const std::string &step)
{
    if (auto ok = expect(SessionState::Service, "enter a step"); !ok) {
        return ok;
    }
    touch();
    m_step = step;
    return {};
}

Status CitizenSession::backToHome()
{
    if (auto ok = expect(SessionState::Service, "go back home"); !ok) {
        return ok;
    }
    touch();
    m_state = SessionState::Home;
    m_service.clear();
    m_step.clear();
    return {};
}

Status CitizenSession::finish()
{
    if (m_state == SessionState::Attract) {
        return fail("session.bad_transition", "no session to finish");
    }
    end(SessionOutcome::Finished);
    return {};
}

void CitizenSession::abandon()
{
    if (m_state == SessionState::Attract) {
        wipe();  // nothing to record, but make sure nothing lingers
        return;
    }
    end(SessionOutcome::Abandoned);
}

void CitizenSession::touch()
{
    m_lastTouch = m_clock.now();
}

IdleStatus CitizenSession::poll()
{
    if (m_state == SessionState::Attract) {
        return {};
    }
    const auto status = idleStatus(m_policy, m_clock.now() - m_lastTouch);
    if (status.phase == IdlePhase::Expired) {
        end(SessionOutcome::TimedOut);
    }
    return status;
}

void CitizenSession::end(SessionOutcome outcome)
{
    qCInfo(lcSession) << "session" << m_id.c_str() << "ended:" << outcomeName(outcome);
    if (m_observer != nullptr) {
        m_observer->sessionEnded(m_id, outcome, m_clock.wallNow());
    }
    wipe();
}

void CitizenSession::wipe()
{
    for (auto *holder : m_holders) {
        holder->wipeCitizenData();
    }
    m_state = SessionState::Attract;
    m_id.clear();
    m_language = m_defaultLanguage;
    m_service.clear();
    m_step.clear();
    ++m_wipes;
}

}  // namespace motcua

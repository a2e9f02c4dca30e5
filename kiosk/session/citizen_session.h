#pragma once
// The citizen's session: one state machine that every capability attaches
// to. Attract → Language → Home ⇄ Service → (finish | abandon | idle) → wipe →
// Attract. A wipe tells every registered holder to forget the citizen.
#include <string>
#include <vector>

#include "kiosk/core/clock.h"
#include "kiosk/core/result.h"
#include "kiosk/session/idle_policy.h"
#include "kiosk/session/session_data_holder.h"
#include "kiosk/session/session_observer.h"

namespace motcua {

enum class SessionState { Attract, Language, Home, Service };

const char *stateName(SessionState state);

class CitizenSession {
public:
    CitizenSession(const Clock &clock, IdlePolicy policy, std::string defaultLanguage);

    void setObserver(SessionObserver *observer) { m_observer = observer; }
    void addHolder(SessionDataHolder *holder);
    void removeHolder(SessionDataHolder *holder);

    Status start();  // Attract → Language
    Status chooseLanguage(const std::string &language);  // Language → Home; elsewhere: switch in place
    Status openService(const std::string &service);  // Home → Service
    Status enterStep(const std::string &step);  // inside a service
    Status backToHome();  // Service → Home
    Status finish();  // the citizen is done: wipe, → Attract
    void abandon();  // "end session" or a guide's reset: wipe, → Attract

    void touch();  // any activity resets the idle clock
    // Checks the idle clock; when it has run out, wipes and returns Expired.
    IdleStatus poll();

    SessionState state() const { return m_state; }
    const std::string &id() const { return m_id; }
    const std::string &language() const { return m_language; }
    const std::string &service() const { return m_service; }
    const std::string &step() const { return m_step; }
    const IdlePolicy &policy() const { return m_policy; }
    int wipeCount() const { return m_wipes; }

private:
    Status expect(SessionState state, const char *action) const;
    void end(SessionOutcome outcome);
    void wipe();

    const Clock &m_clock;
    IdlePolicy m_policy;
    std::string m_defaultLanguage;
    SessionObserver *m_observer = nullptr;
    std::vector<SessionDataHolder *> m_holders;

    SessionState m_state = SessionState::Attract;
    std::string m_id;
    std::string m_language;
    std::string m_service;
    std::string m_step;
    std::chrono::steady_clock::time_point m_lastTouch;
    int m_wipes = 0;
};

}  // namespace motcua

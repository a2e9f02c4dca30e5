#pragma once
// Writes the session's life (no personal data) to the store's journal.
#include "kiosk/session/session_observer.h"
#include "kiosk/store/session_journal.h"

namespace motcua {

class JournalObserver final : public SessionObserver {
public:
    explicit JournalObserver(SessionJournal &journal) : m_journal(journal) {}

    void sessionStarted(const std::string &sessionId, std::chrono::system_clock::time_point at) override;
    void languageChosen(const std::string &sessionId, const std::string &language) override;
    void serviceOpened(const std::string &sessionId, const std::string &service) override;
    void sessionEnded(const std::string &sessionId, SessionOutcome outcome,
                      std::chrono::system_clock::time_point at) override;

private:
    void check(const Status &status);
    SessionJournal &m_journal;
};

}  // namespace motcua

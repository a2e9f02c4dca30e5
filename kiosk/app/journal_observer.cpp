#include "kiosk/app/journal_observer.h"

#include "kiosk/core/log_categories.h"

namespace motcua {

void JournalObserver::check(const Status &status)
{
    // The journal only feeds figures: a failed write is logged, never shown to the citizen.
    if (!status) {
        qCWarning(lcStore) << "session journal:" << status.error().code.c_str() << status.error().message.c_str();
    }
}

void JournalObserver::sessionStarted(const std::string &sessionId, std::chrono::system_clock::time_point at)
{
    check(m_journal.recordStart(sessionId, at));
}

void JournalObserver::languageChosen(const std::string &sessionId, const std::string &language)
{
    check(m_journal.recordLanguage(sessionId, language));
}

void JournalObserver::serviceOpened(const std::string &sessionId, const std::string &service)
{
    check(m_journal.recordService(sessionId, service));
}

void JournalObserver::sessionEnded(const std::string &sessionId, SessionOutcome outcome,
                                   std::chrono::system_clock::time_point at)
{
    check(m_journal.recordEnd(sessionId, outcomeName(outcome), at));
}

}  // namespace motcua

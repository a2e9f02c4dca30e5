#pragma once
#include <chrono>
#include <string>

namespace motcua {

enum class SessionOutcome { Finished, Abandoned, TimedOut };

const char *outcomeName(SessionOutcome outcome);

// Told of a session's life without any of the citizen's data: for the
// journal and the day's figures.
class SessionObserver {
public:
    virtual ~SessionObserver() = default;
    virtual void sessionStarted(const std::string &sessionId, std::chrono::system_clock::time_point at) = 0;
    virtual void languageChosen(const std::string &sessionId, const std::string &language) = 0;
    virtual void serviceOpened(const std::string &sessionId, const std::string &service) = 0;
    virtual void sessionEnded(const std::string &sessionId, SessionOutcome outcome,
                              std::chrono::system_clock::time_point at) = 0;
};

}  // namespace motcua

#pragma once
// What the kiosk remembers of a citizen's session: nothing personal. Enough
// for the day's figures (sessions, languages, services, how they ended).
#include <chrono>
#include <string>

#include "kiosk/store/database.h"

namespace motcua {

struct DaySessionFigures {
    int64_t sessions = 0;
    int64_t finished = 0;
    int64_t abandoned = 0;
    int64_t timedOut = 0;
};

class SessionJournal {
public:
    explicit SessionJournal(Database &db) : m_db(db) {}

    Status recordStart(const std::string &sessionId, std::chrono::system_clock::time_point at);
    Status recordLanguage(const std::string &sessionId, const std::string &language);
    Status recordService(const std::string &sessionId, const std::string &service);
    Status recordEnd(const std::string &sessionId, const std::string &outcome,
                     std::chrono::system_clock::time_point at);
    // Figures for sessions started within [from, to).
    Result<DaySessionFigures> figures(std::chrono::system_clock::time_point from,
                                      std::chrono::system_clock::time_point to);

private:
    Database &m_db;
};

}  // namespace motcua

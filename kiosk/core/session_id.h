#pragma once
// Random identifiers that say nothing about the citizen; safe for logs.
#include <string>

namespace motcua {

// 12 lowercase hex characters from the system's random source.
std::string newSessionId();

}  // namespace motcua

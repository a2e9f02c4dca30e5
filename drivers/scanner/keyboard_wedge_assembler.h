#pragma once
// Turns key events from a keyboard-wedge scanner into whole codes. The scanner
// "types" a code and presses Enter, a few milliseconds per key; a person types
// tens to hundreds of milliseconds per key. Keys that come too slowly are
// taken as human typing and never become a code.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace motcua {

struct KeyboardWedgeTiming {
    // Longest pause between two keys of one scan. Scanners send a key every
    // 1–20 ms depending on the USB polling rate; fast typists stay above ~60 ms.
    std::chrono::milliseconds maxKeyGap{40};
    size_t minLength = 3;     // shorter bursts are stray keys
    size_t maxLength = 4096;  // a QR code holds at most ~3 kB
};

class KeyboardWedgeAssembler {
public:
    using Clock = std::chrono::steady_clock;

    explicit KeyboardWedgeAssembler(KeyboardWedgeTiming timing = {}) : m_timing(timing) {}

    // One key: its text (UTF-8; empty for modifiers, ignored) at time `at`.
    void key(std::string_view text, Clock::time_point at);

    // Enter (or Tab, if the scanner is set to send it) at time `at`: the code
    // when the keys since the last pause came at scanner speed, else nothing.
    std::optional<std::string> enter(Clock::time_point at);

    void reset();

private:
    KeyboardWedgeTiming m_timing;
    std::string m_buffer;
    std::optional<Clock::time_point> m_lastKey;
    bool m_overflow = false;
};

}  // namespace motcua

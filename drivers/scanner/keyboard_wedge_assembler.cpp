#include "drivers/scanner/keyboard_wedge_assembler.h"

namespace motcua {

void KeyboardWedgeAssembler::key(std::string_view text, Clock::time_point at)
{
    if (text.empty()) {
        return;
    }
    if (m_lastKey && at - *m_lastKey > m_timing.maxKeyGap) {
        // A pause: what came before was a person typing (or a scan cut off).
        reset();
    }
    m_lastKey = at;
    if (m_buffer.size() + text.size() > m_timing.maxLength) {
        m_overflow = true;
        return;
    }
    m_buffer.append(text);
}

std::optional<std::string> KeyboardWedgeAssembler::enter(Clock::time_point at)
{
    const bool scannerSpeed = m_lastKey && at - *m_lastKey <= m_timing.maxKeyGap;
    const bool usable = scannerSpeed && !m_overflow && m_buffer.size() >= m_timing.minLength;
    std::optional<std::string> code;
    if (usable) {
        code = std::move(m_buffer);
    }
    reset();
    return code;
}

void KeyboardWedgeAssembler::reset()
{
    m_buffer.clear();
    m_lastKey.reset();
    m_overflow = false;
}

}  // namespace motcua

#include "drivers/scanner/keyboard_wedge_scanner.h"

namespace motcua {

Status KeyboardWedgeScanner::start(CodeHandler onCode, ErrorHandler)
{
    std::lock_guard lock(m_mutex);
    m_onCode = std::move(onCode);
    m_running = true;
    m_assembler.reset();
    return {};
}

void KeyboardWedgeScanner::stop()
{
    std::lock_guard lock(m_mutex);
    m_running = false;
    m_assembler.reset();
}

void KeyboardWedgeScanner::onKey(std::string_view text, KeyboardWedgeAssembler::Clock::time_point at)
{
    std::lock_guard lock(m_mutex);
    if (m_running) {
        m_assembler.key(text, at);
    }
}

void KeyboardWedgeScanner::onEnter(KeyboardWedgeAssembler::Clock::time_point at)
{
    CodeHandler handler;
    std::optional<std::string> code;
    {
        std::lock_guard lock(m_mutex);
        if (!m_running) {
            return;
        }
        code = m_assembler.enter(at);
        handler = m_onCode;
    }
    if (code && handler) {
        handler(ScannedCode{std::move(*code), "keyboard"});
    }
}

}  // namespace motcua

#pragma once
// Keyboard-wedge backend: the UI's key handler forwards key events here
// (QML Keys.onPressed → view-model → onKey), and finished codes come out.
#include <mutex>

#include "drivers/scanner/keyboard_wedge_assembler.h"
#include "kiosk/scan/code_scanner.h"

namespace motcua {

class KeyboardWedgeScanner final : public CodeScanner {
public:
    explicit KeyboardWedgeScanner(KeyboardWedgeTiming timing = {}) : m_assembler(timing) {}

    Status start(CodeHandler onCode, ErrorHandler onError) override;
    void stop() override;
    std::string_view backendName() const override { return "keyboard"; }
    bool carriesUtf8Intact() const override { return false; }

    void onKey(std::string_view text, KeyboardWedgeAssembler::Clock::time_point at);
    void onEnter(KeyboardWedgeAssembler::Clock::time_point at);

private:
    std::mutex m_mutex;
    KeyboardWedgeAssembler m_assembler;
    CodeHandler m_onCode;
    bool m_running = false;
};

}  // namespace motcua

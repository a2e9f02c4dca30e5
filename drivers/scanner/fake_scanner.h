#pragma once
// A scanner for tests, demos and the e2e run: codes are injected by the test
// (or read from devices.scanner.device as a script, one code per line), and
// faults are injected on request.
#include <mutex>
#include <string>
#include <vector>

#include "kiosk/scan/code_scanner.h"

namespace motcua {

struct FakeScannerFaults {
    bool failToStart = false;   // start() reports scanner.open
    bool mangleNonAscii = false;  // like a keyboard wedge on the wrong layout: bytes ≥ 0x80 become '?'
    int disconnectAfter = -1;   // after this many codes, report scanner.disconnected and go silent
};

class FakeScanner final : public CodeScanner {
public:
    explicit FakeScanner(FakeScannerFaults faults = {}) : m_faults(faults) {}

    Status start(CodeHandler onCode, ErrorHandler onError) override;
    void stop() override;
    std::string_view backendName() const override { return "fake"; }
    bool carriesUtf8Intact() const override { return !m_faults.mangleNonAscii; }

    // Delivers a code now, on the caller's thread (deterministic tests).
    void inject(const std::string &text);
    void injectError(const Error &error);

private:
    std::mutex m_mutex;
    FakeScannerFaults m_faults;
    CodeHandler m_onCode;
    ErrorHandler m_onError;
    bool m_running = false;
    bool m_disconnected = false;
    int m_delivered = 0;
};

}  // namespace motcua

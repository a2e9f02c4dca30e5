#include "drivers/scanner/fake_scanner.h"

namespace motcua {

Status FakeScanner::start(CodeHandler onCode, ErrorHandler onError)
{
    if (m_faults.failToStart) {
        return fail("scanner.open", "fake scanner: start refused (fault injection)");
    }
    std::lock_guard lock(m_mutex);
    m_onCode = std::move(onCode);
    m_onError = std::move(onError);
    m_running = true;
    return {};
}

void FakeScanner::stop()
{
    std::lock_guard lock(m_mutex);
    m_running = false;
}

void FakeScanner::inject(const std::string &text)
{
    CodeHandler onCode;
    ErrorHandler onError;
    bool disconnectNow = false;
    std::string delivered = text;
    {
        std::lock_guard lock(m_mutex);
        if (!m_running || m_disconnected) {
            return;
        }
        if (m_faults.disconnectAfter >= 0 && m_delivered >= m_faults.disconnectAfter) {
            m_disconnected = true;
            disconnectNow = true;
            onError = m_onError;
        } else {
            ++m_delivered;
            onCode = m_onCode;
        }
    }
    if (disconnectNow) {
        if (onError) {
            onError(Error{"scanner.disconnected", "fake scanner disconnected (fault injection)"});
        }
        return;
    }
    if (m_faults.mangleNonAscii) {
        for (auto &c : delivered) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                c = '?';
            }
        }
    }
    if (onCode) {
        onCode(ScannedCode{delivered, "fake"});
    }
}

void FakeScanner::injectError(const Error &error)
{
    ErrorHandler onError;
    {
        std::lock_guard lock(m_mutex);
        onError = m_running ? m_onError : nullptr;
    }
    if (onError) {
        onError(error);
    }
}

}  // namespace motcua

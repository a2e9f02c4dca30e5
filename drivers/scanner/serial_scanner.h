#pragma once
// USB serial (CDC-ACM, /dev/ttyACM*) backend: the scanner sends each code as
// bytes ending in CR and/or LF, UTF-8 intact. Read with termios and poll() on
// a reader thread; stop() wakes it through a pipe.
#include <atomic>
#include <string>

#include "kiosk/scan/code_scanner.h"
#include "drivers/scanner/device_reader.h"

namespace motcua {

class SerialScanner final : public CodeScanner {
public:
    explicit SerialScanner(std::string device) : m_device(std::move(device)) {}
    ~SerialScanner() override;

    Status start(CodeHandler onCode, ErrorHandler onError) override;
    void stop() override;
    std::string_view backendName() const override { return "serial"; }
    bool carriesUtf8Intact() const override { return true; }

    // Longest line kept; longer input is reported and dropped.
    static constexpr size_t kMaxLine = 4096;

private:
    void readLoop(int fd, int wakeFd, const CodeHandler &onCode, const ErrorHandler &onError);

    std::string m_device;
    DeviceReader m_reader;
};

}  // namespace motcua

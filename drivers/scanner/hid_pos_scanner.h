#pragma once
// USB HID point-of-sale backend (usage page 0x8C) through /dev/hidraw*: codes
// arrive as scanned-data reports with their bytes untouched, so Vietnamese
// text on an ID card's QR survives (unlike a keyboard wedge). Without a device
// path the first hidraw node whose report descriptor declares page 0x8C is used.
// Reports are read on a thread with poll(); stop() wakes it through a pipe.
#include <string>

#include "kiosk/scan/code_scanner.h"
#include "drivers/scanner/device_reader.h"

namespace motcua {

class HidPosScanner final : public CodeScanner {
public:
    explicit HidPosScanner(std::string device) : m_device(std::move(device)) {}
    ~HidPosScanner() override;

    Status start(CodeHandler onCode, ErrorHandler onError) override;
    void stop() override;
    std::string_view backendName() const override { return "hidpos"; }
    bool carriesUtf8Intact() const override { return true; }

    // The first /dev/hidraw* that is a HID-POS scanner, or scanner.no_device.
    static Result<std::string> findDevice();

private:
    void readLoop(int fd, int wakeFd, const CodeHandler &onCode, const ErrorHandler &onError);

    std::string m_device;
    DeviceReader m_reader;
};

}  // namespace motcua

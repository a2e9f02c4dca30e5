#pragma once
// A device file read on its own thread until stop(): the scanners that read a
// character device (serial CDC-ACM, HID-POS hidraw) share the thread, the
// wake-up pipe that ends a blocking poll(), and closing everything after.
#include <functional>
#include <thread>

#include "kiosk/core/result.h"

namespace motcua {

class DeviceReader {
public:
    // Runs until the wake-up file descriptor becomes readable or the device fails.
    using Loop = std::function<void(int deviceFd, int wakeFd)>;

    DeviceReader() = default;
    ~DeviceReader() { stop(); }
    DeviceReader(const DeviceReader &) = delete;
    DeviceReader &operator=(const DeviceReader &) = delete;

    bool running() const { return m_thread.joinable(); }
    // Takes `deviceFd` over (closed by stop(), also when this fails). Error scanner.pipe.
    Status start(int deviceFd, Loop loop);
    void stop();

private:
    int m_fd = -1;
    int m_wakePipe[2] = {-1, -1};
    std::thread m_thread;
};

}  // namespace motcua

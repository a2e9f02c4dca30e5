#include "drivers/scanner/serial_scanner.h"

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>

namespace motcua {

SerialScanner::~SerialScanner() { stop(); }

Status SerialScanner::start(CodeHandler onCode, ErrorHandler onError)
{
    if (m_reader.running()) {
        return fail("scanner.already_started", "scanner already started");
    }
    const int fd = ::open(m_device.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return fail("scanner.open", "cannot open serial scanner " + m_device);
    }
    termios tio{};
    if (::tcgetattr(fd, &tio) == 0) {
        // Raw bytes: no echo, no line editing, no CR→LF translation, 8N1.
        // CDC-ACM ignores the baud rate; 115200 suits real UARTs too.
        ::cfmakeraw(&tio);
        ::cfsetispeed(&tio, B115200);
        tio.c_cflag |= CLOCAL | CREAD;
        ::tcsetattr(fd, TCSANOW, &tio);
    }
    return m_reader.start(fd, [this, onCode = std::move(onCode), onError = std::move(onError)](int device, int wakeFd) {
        readLoop(device, wakeFd, onCode, onError);
    });
}

void SerialScanner::stop()
{
    m_reader.stop();
}

void SerialScanner::readLoop(int fd, int wakeFd, const CodeHandler &onCode, const ErrorHandler &onError)
{
    std::string line;
    bool overflow = false;
    char buffer[512];
    while (true) {
        pollfd fds[2] = {{fd, POLLIN, 0}, {wakeFd, POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            onError(Error{"scanner.poll", "serial scanner poll failed"});
            return;
        }
        if (fds[1].revents) {
            return;  // stop()
        }
        if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL)) {
            onError(Error{"scanner.disconnected", "serial scanner disconnected"});
            return;
        }
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            continue;
        }
        if (n <= 0) {
            onError(Error{"scanner.disconnected", "serial scanner disconnected"});
            return;
        }
        for (ssize_t i = 0; i < n; ++i) {
            const char c = buffer[i];
            if (c == '\r' || c == '\n') {
                if (overflow) {
                    onError(Error{"scanner.line_too_long", "scanner sent an over-long code; dropped"});
                } else if (!line.empty()) {
                    onCode(ScannedCode{line, "serial"});
                }
                line.clear();
                overflow = false;
            } else if (line.size() < kMaxLine) {
                line.push_back(c);
            } else {
                overflow = true;
            }
        }
    }
}

}  // namespace motcua

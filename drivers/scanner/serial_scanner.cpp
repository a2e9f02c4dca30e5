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
    if (m_reader.joinable()) {
        return fail("scanner.already_started", "scanner already started");
    }
    m_fd = ::open(m_device.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        return fail("scanner.open", "cannot open serial scanner " + m_device);
    }
    termios tio{};
    if (::tcgetattr(m_fd, &tio) == 0) {
        // Raw bytes: no echo, no line editing, no CR→LF translation, 8N1.
        // CDC-ACM ignores the baud rate; 115200 suits real UARTs too.
        ::cfmakeraw(&tio);
        ::cfsetispeed(&tio, B115200);
        tio.c_cflag |= CLOCAL | CREAD;
        ::tcsetattr(m_fd, TCSANOW, &tio);
    }
    if (::pipe2(m_wakePipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return fail("scanner.pipe", "cannot create a wake-up pipe");
    }
    m_reader = std::thread([this, onCode = std::move(onCode), onError = std::move(onError)] {
        readLoop(onCode, onError);
    });
    return {};
}

void SerialScanner::stop()
{
    if (m_reader.joinable()) {
        const char byte = 1;
        (void)::write(m_wakePipe[1], &byte, 1);
        m_reader.join();
    }
    for (int *fd : {&m_fd, &m_wakePipe[0], &m_wakePipe[1]}) {
        if (*fd >= 0) {
            ::close(*fd);
            *fd = -1;
        }
    }
}

void SerialScanner::readLoop(CodeHandler onCode, ErrorHandler onError)
{
    std::string line;
    bool overflow = false;
    char buffer[512];
    while (true) {
        pollfd fds[2] = {{m_fd, POLLIN, 0}, {m_wakePipe[0], POLLIN, 0}};
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
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
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

#include "drivers/scanner/device_reader.h"

#include <fcntl.h>
#include <unistd.h>

namespace motcua {

Status DeviceReader::start(int deviceFd, Loop loop)
{
    m_fd = deviceFd;
    if (::pipe2(m_wakePipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        stop();
        return fail("scanner.pipe", "cannot create a wake-up pipe");
    }
    m_thread = std::thread([loop = std::move(loop), fd = m_fd, wake = m_wakePipe[0]] { loop(fd, wake); });
    return {};
}

void DeviceReader::stop()
{
    if (m_thread.joinable()) {
        const char byte = 1;
        (void)::write(m_wakePipe[1], &byte, 1);
        m_thread.join();
    }
    for (int *fd : {&m_fd, &m_wakePipe[0], &m_wakePipe[1]}) {
        if (*fd >= 0) {
            ::close(*fd);
            *fd = -1;
        }
    }
}

}  // namespace motcua

#include "drivers/scanner/hid_pos_scanner.h"

#include <fcntl.h>
#include <linux/hidraw.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <vector>

#include "drivers/scanner/hid_pos_report.h"

namespace motcua {
namespace {

bool isHidPosNode(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    int size = 0;
    hidraw_report_descriptor descriptor{};
    bool pos = false;
    if (::ioctl(fd, HIDIOCGRDESCSIZE, &size) == 0 && size > 0 && size <= HID_MAX_DESCRIPTOR_SIZE) {
        descriptor.size = static_cast<__u32>(size);
        if (::ioctl(fd, HIDIOCGRDESC, &descriptor) == 0) {
            pos = declaresBarCodeScannerPage({descriptor.value, descriptor.size});
        }
    }
    ::close(fd);
    return pos;
}

}  // namespace

HidPosScanner::~HidPosScanner() { stop(); }

Result<std::string> HidPosScanner::findDevice()
{
    std::vector<std::string> nodes;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator("/dev", ec)) {
        const auto name = entry.path().filename().string();
        if (name.starts_with("hidraw")) {
            nodes.push_back(entry.path().string());
        }
    }
    std::sort(nodes.begin(), nodes.end());
    for (const auto &node : nodes) {
        if (isHidPosNode(node)) {
            return node;
        }
    }
    return fail("scanner.no_device", "no HID point-of-sale scanner (usage page 0x8C) among /dev/hidraw*");
}

Status HidPosScanner::start(CodeHandler onCode, ErrorHandler onError)
{
    if (m_reader.running()) {
        return fail("scanner.already_started", "scanner already started");
    }
    std::string device = m_device;
    if (device.empty()) {
        auto found = findDevice();
        if (!found) {
            return unexpected(found.error());
        }
        device = *found;
    }
    const int fd = ::open(device.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return fail("scanner.open", "cannot open HID-POS scanner " + device);
    }
    return m_reader.start(fd, [this, onCode = std::move(onCode), onError = std::move(onError)](int device, int wakeFd) {
        readLoop(device, wakeFd, onCode, onError);
    });
}

void HidPosScanner::stop()
{
    m_reader.stop();
}

void HidPosScanner::readLoop(int fd, int wakeFd, const CodeHandler &onCode, const ErrorHandler &onError)
{
    HidPosReportAssembler assembler;
    std::uint8_t report[256];
    while (true) {
        pollfd fds[2] = {{fd, POLLIN, 0}, {wakeFd, POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            onError(Error{"scanner.poll", "HID-POS scanner poll failed"});
            return;
        }
        if (fds[1].revents) {
            return;  // stop()
        }
        if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL)) {
            onError(Error{"scanner.disconnected", "HID-POS scanner disconnected"});
            return;
        }
        // hidraw hands over exactly one report per read.
        const ssize_t n = ::read(fd, report, sizeof report);
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            continue;
        }
        if (n <= 0) {
            onError(Error{"scanner.disconnected", "HID-POS scanner disconnected"});
            return;
        }
        auto code = assembler.add({report, static_cast<std::size_t>(n)});
        if (!code) {
            onError(code.error());
        } else if (*code) {
            onCode(ScannedCode{std::move((*code)->text), "hidpos"});
        }
    }
}

}  // namespace motcua

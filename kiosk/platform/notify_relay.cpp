#include "kiosk/platform/notify_relay.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <poll.h>
#include <sstream>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <systemd/sd-daemon.h>
#include <unistd.h>

namespace motcua {
namespace {

constexpr std::chrono::seconds kStopGrace{10};

[[noreturn]] void execCommand(const std::vector<std::string> &command)
{
    std::vector<char *> argv;
    for (const auto &arg : command) {
        argv.push_back(const_cast<char *>(arg.c_str()));
    }
    argv.push_back(nullptr);
    execvp(argv[0], argv.data());
    std::fprintf(stderr, "notify-relay: cannot run %s: %s\n", argv[0], std::strerror(errno));
    _exit(127);
}

// An abstract socket, "@motcua-notify-<pid>": nothing on disk, gone with the relay.
int bindNotifySocket(std::string &name)
{
    const int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return -1;
    }
    name = "motcua-notify-" + std::to_string(getpid());
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path + 1, name.data(), name.size());
    const int one = 1;
    const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());
    if (bind(fd, reinterpret_cast<sockaddr *>(&address), length) < 0 ||
        setsockopt(fd, SOL_SOCKET, SO_PASSCRED, &one, sizeof one) < 0) {
        close(fd);
        return -1;
    }
    name = "@" + name;
    return fd;
}

// One datagram from the command, passed on without MAINPID= (the relay stays the main process);
// false when none was waiting.
bool forward(int fd)
{
    char data[4096];
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(ucred))];
    iovec io{data, sizeof data - 1};
    msghdr message{};
    message.msg_iov = &io;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    const ssize_t size = recvmsg(fd, &message, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
    if (size <= 0) {
        return false;
    }
    const auto *header = CMSG_FIRSTHDR(&message);
    if (header == nullptr || header->cmsg_type != SCM_CREDENTIALS) {
        return true;
    }
    ucred sender{};
    std::memcpy(&sender, CMSG_DATA(header), sizeof sender);
    if (sender.uid != getuid()) {
        return true;  // the socket is reachable by other users of this network namespace
    }
    std::istringstream fields(std::string(data, static_cast<size_t>(size)));
    std::string kept;
    for (std::string field; std::getline(fields, field);) {
        if (!field.empty() && field.rfind("MAINPID=", 0) != 0) {
            kept += field + "\n";
        }
    }
    if (!kept.empty()) {
        sd_notify(0, kept.c_str());
    }
    return true;
}

int exitStatus(int status)
{
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

int runNotifyRelay(const std::vector<std::string> &command)
{
    if (command.empty()) {
        return 127;
    }
    std::string socketName;
    const int notifyFd = std::getenv("NOTIFY_SOCKET") != nullptr ? bindNotifySocket(socketName) : -1;
    if (notifyFd < 0) {
        execCommand(command);  // nothing to relay to (or nothing to relay with): just the command
    }

    const bool watchdogForRelay = sd_watchdog_enabled(0, nullptr) > 0;

    sigset_t handled, previous;
    sigemptyset(&handled);
    for (const int signal : {SIGTERM, SIGINT, SIGHUP, SIGABRT, SIGCHLD}) {
        sigaddset(&handled, signal);
    }
    sigprocmask(SIG_BLOCK, &handled, &previous);
    const int signalFd = signalfd(-1, &handled, SFD_CLOEXEC);

    const pid_t child = fork();
    if (child == 0) {
        sigprocmask(SIG_SETMASK, &previous, nullptr);
        setpgid(0, 0);
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        setenv("NOTIFY_SOCKET", socketName.c_str(), 1);
        // The watchdog systemd set for the relay is the kiosk's to feed: without WATCHDOG_PID, the
        // process that reads WATCHDOG_USEC takes it (sd_watchdog_enabled(3)).
        if (watchdogForRelay) {
            unsetenv("WATCHDOG_PID");
        }
        execCommand(command);
    }
    if (child < 0) {
        std::fprintf(stderr, "notify-relay: fork: %s\n", std::strerror(errno));
        return 127;
    }
    setpgid(child, child);

    using Clock = std::chrono::steady_clock;
    std::optional<Clock::time_point> killAt;  // set once a stop signal was passed on
    for (;;) {
        pollfd fds[2] = {{notifyFd, POLLIN, 0}, {signalFd, POLLIN, 0}};
        const int ready = poll(fds, 2, killAt ? 500 : -1);
        if (killAt && Clock::now() >= *killAt) {
            kill(-child, SIGKILL);
            killAt.reset();
        }
        if (ready > 0 && (fds[0].revents & POLLIN) != 0) {
            forward(notifyFd);
        }
        if (ready <= 0 || (fds[1].revents & POLLIN) == 0) {
            continue;
        }
        signalfd_siginfo info{};
        if (read(signalFd, &info, sizeof info) != static_cast<ssize_t>(sizeof info)) {
            continue;
        }
        if (info.ssi_signo == SIGCHLD) {
            int status = 0;
            if (waitpid(child, &status, WNOHANG) == child) {
                while (forward(notifyFd)) {
                }
                kill(-child, SIGTERM);  // whatever the command left behind in its group
                return exitStatus(status);
            }
            continue;
        }
        kill(-child, static_cast<int>(info.ssi_signo));
        if (info.ssi_signo != SIGABRT && !killAt) {
            killAt = Clock::now() + kStopGrace;
        }
    }
}

}  // namespace motcua

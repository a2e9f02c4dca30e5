#include "tools/hub/hub_process.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

namespace motcua {

HubProcess::HubProcess(std::filesystem::path program, std::vector<std::string> arguments)
    : m_program(std::move(program)), m_arguments(std::move(arguments))
{
}

HubProcess::~HubProcess()
{
    stop();
}

Result<int> HubProcess::start()
{
    int out[2];
    if (pipe(out) != 0) {
        return fail("hub.spawn", std::strerror(errno));
    }
    std::vector<std::string> args = {m_program.string(), "--port", std::to_string(m_port)};
    args.insert(args.end(), m_arguments.begin(), m_arguments.end());
    const pid_t pid = fork();
    if (pid < 0) {
        return fail("hub.spawn", std::strerror(errno));
    }
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        std::vector<char *> argv;
        for (auto &arg : args) {
            argv.push_back(arg.data());
        }
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(out[1]);
    m_pid = pid;
    // "motcua-hub listening on https://127.0.0.1:PORT"
    FILE *stream = fdopen(out[0], "r");
    char line[256] = {};
    const bool gotLine = stream != nullptr && std::fgets(line, sizeof line, stream) != nullptr;
    if (stream != nullptr) {
        std::fclose(stream);
    }
    const char *colon = gotLine ? std::strrchr(line, ':') : nullptr;
    if (colon == nullptr || std::strstr(line, "listening") == nullptr) {
        kill();
        return fail("hub.spawn", "motcua-hub did not start (" + m_program.string() + ")");
    }
    m_port = std::atoi(colon + 1);
    return m_port;
}

void HubProcess::kill()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }
}

void HubProcess::stop()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }
}

std::filesystem::path hubProgramBeside(const std::filesystem::path &self)
{
    std::error_code error;
    auto resolved = std::filesystem::read_symlink("/proc/self/exe", error);
    return (error ? self.parent_path() : resolved.parent_path()) / "motcua-hub";
}

}  // namespace motcua

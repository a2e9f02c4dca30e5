#pragma once
// A real motcua-hub process for tests and `motcua bench queue`: started,
// killed with SIGKILL, restarted on the same port and data file.
#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/core/result.h"

namespace motcua {

class HubProcess {
public:
    HubProcess(std::filesystem::path program, std::vector<std::string> arguments);
    ~HubProcess();

    // Starts it (port 0 the first time: the hub picks one; later the same port) and waits for it to listen.
    Result<int> start();
    void kill();  // SIGKILL, no warning
    void stop();  // SIGTERM and wait
    int port() const { return m_port; }
    bool running() const { return m_pid > 0; }

private:
    std::filesystem::path m_program;
    std::vector<std::string> m_arguments;
    pid_t m_pid = -1;
    int m_port = 0;
};

// motcua-hub beside the running program (every program lands in one bin directory).
std::filesystem::path hubProgramBeside(const std::filesystem::path &self);

}  // namespace motcua

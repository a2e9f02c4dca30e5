#include "private_cups.h"

#include <arpa/inet.h>
#include <cups/cups.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

namespace motcua::test {
namespace fs = std::filesystem;
namespace {

using namespace std::chrono_literals;

// A port the kernel says is free now; the daemons bind it right after.
int freePort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(addr);
    bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr));
    getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &length);
    close(fd);
    return ntohs(addr.sin_port);
}

pid_t spawn(const std::vector<std::string> &argv, const std::vector<std::string> &env, const fs::path &log)
{
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid != 0) {
        return pid;
    }
    // Child: die with the test, even if it crashes before its destructor runs.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) {
        _exit(127);
    }
    const int out = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(out, STDOUT_FILENO);
    dup2(out, STDERR_FILENO);
    for (const auto &entry : env) {
        putenv(const_cast<char *>(entry.c_str()));
    }
    std::vector<char *> args;
    for (const auto &arg : argv) {
        args.push_back(const_cast<char *>(arg.c_str()));
    }
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
}

template <class Ready>
bool pollUntil(Ready ready, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (ready()) {
            return true;
        }
        std::this_thread::sleep_for(10ms);
    }
    return ready();
}

bool listening(const char *host, int port)
{
    http_t *http = httpConnect2(host, port, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_NEVER, 1, 200, nullptr);
    if (http == nullptr) {
        return false;
    }
    httpClose(http);
    return true;
}

void write(const fs::path &file, const std::string &text)
{
    std::ofstream(file) << text;
}

}  // namespace

Result<std::unique_ptr<PrivateCups>> PrivateCups::start()
{
    std::unique_ptr<PrivateCups> cups(new PrivateCups);
    if (auto launched = cups->launch(); !launched) {
        return unexpected(launched.error());
    }
    return cups;
}

Status PrivateCups::launch()
{
    std::string pattern = (fs::temp_directory_path() / "motcua-cups-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        return fail("test.cups_dir", "cannot create a temporary directory");
    }
    m_dir = pattern;
    // cupsd runs backends as user lp: it must be able to reach the spool through this directory.
    chmod(m_dir.c_str(), 0755);
    for (const char *sub : {"conf", "spool", "spool/tmp", "log", "state", "cache", "printer"}) {
        fs::create_directories(m_dir / sub);
    }
    m_cupsPort = freePort();
    m_printerPort = freePort();
    const auto d = m_dir.string();
    write(m_dir / "conf/cups-files.conf",
          "ServerRoot " + d + "/conf\nRequestRoot " + d + "/spool\nTempDir " + d + "/spool/tmp\nStateDir " + d +
              "/state\nCacheDir " + d + "/cache\nAccessLog " + d + "/log/access_log\nErrorLog " + d +
              "/log/error_log\nPageLog " + d + "/log/page_log\nPrintcap " + d +
              "/state/printcap\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\nFileDevice No\nSystemGroup root\n");
    write(m_dir / "conf/cupsd.conf", "Listen 127.0.0.1:" + std::to_string(m_cupsPort) +
                                         "\nLogLevel info\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
                                         "JobRetryLimit 0\nErrorPolicy abort-job\nPreserveJobFiles No\n"
                                         "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                                         "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n");
    const std::string bus = "unix:path=" + d + "/state/bus";
    m_children.push_back(spawn({"dbus-daemon", "--session", "--nofork", "--address=" + bus}, {}, m_dir / "log/dbus.log"));
    if (!pollUntil([&] { return fs::exists(m_dir / "state/bus"); }, 5s)) {
        return fail("test.dbus", "private dbus-daemon did not start");
    }
    m_children.push_back(spawn({"ippeveprinter", "-r", "off", "-c", "/bin/true", "-k", "-d", d + "/printer", "-f",
                                "application/pdf", "-n", "localhost", "-p", std::to_string(m_printerPort), "-M",
                                "motcua", "-m", "Virtual 80mm", "motcua-virtual"},
                               {"DBUS_SYSTEM_BUS_ADDRESS=" + bus}, m_dir / "log/ippeveprinter.log"));
    m_children.push_back(spawn({"cupsd", "-f", "-c", d + "/conf/cupsd.conf", "-s", d + "/conf/cups-files.conf"}, {},
                               m_dir / "log/cupsd.log"));
    if (!pollUntil([&] { return listening("localhost", m_printerPort); }, 10s)) {
        return fail("test.ippeveprinter", "ippeveprinter did not listen on port " + std::to_string(m_printerPort));
    }
    if (!pollUntil([&] { return listening("127.0.0.1", m_cupsPort); }, 10s)) {
        return fail("test.cupsd", "cupsd did not listen: " + logs());
    }
    return addQueue(queue(), "ipp://localhost:" + std::to_string(m_printerPort) + "/ipp/print");
}

Status PrivateCups::addQueue(const std::string &name, const std::string &deviceUri)
{
    return adminRequest(IPP_OP_CUPS_ADD_MODIFY_PRINTER, name, deviceUri);
}

Status PrivateCups::adminRequest(int operation, const std::string &name, const std::string &deviceUri,
                                 const std::vector<std::string> &reasons)
{
    http_t *http = httpConnect2("127.0.0.1", m_cupsPort, nullptr, AF_INET, HTTP_ENCRYPTION_NEVER, 1, 5000, nullptr);
    if (http == nullptr) {
        return fail("test.cupsd", "cannot connect to the private cupsd");
    }
    ipp_t *request = ippNewRequest(static_cast<ipp_op_t>(operation));
    const std::string printerUri = "ipp://localhost/printers/" + name;
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printerUri.c_str());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    if (operation == IPP_OP_CUPS_ADD_MODIFY_PRINTER && !deviceUri.empty()) {
        // A raw queue: cupsd passes the PDF to the ipp backend untouched (no filters are installed).
        ippAddString(request, IPP_TAG_PRINTER, IPP_TAG_URI, "device-uri", nullptr, deviceUri.c_str());
        ippAddBoolean(request, IPP_TAG_PRINTER, "printer-is-accepting-jobs", 1);
        ippAddInteger(request, IPP_TAG_PRINTER, IPP_TAG_ENUM, "printer-state", IPP_PSTATE_IDLE);
    } else if (operation == IPP_OP_CUPS_ADD_MODIFY_PRINTER) {
        std::vector<const char *> values;
        for (const auto &reason : reasons) {
            values.push_back(reason.c_str());
        }
        ippAddStrings(request, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "printer-state-reasons", static_cast<int>(values.size()),
                      nullptr, values.data());
    }
    ipp_t *response = cupsDoRequest(http, request, "/admin/");
    const ipp_status_t status = response == nullptr ? cupsLastError() : ippGetStatusCode(response);
    ippDelete(response);
    httpClose(http);
    if (status > IPP_STATUS_OK_EVENTS_COMPLETE) {
        return fail("test.cups_admin", std::string("cupsd refused operation: ") + ippErrorString(status));
    }
    return {};
}

Status PrivateCups::pauseQueue()
{
    return adminRequest(IPP_OP_PAUSE_PRINTER, queue());
}

Status PrivateCups::resumeQueue()
{
    return adminRequest(IPP_OP_RESUME_PRINTER, queue());
}

Status PrivateCups::setQueueReasons(const std::vector<std::string> &reasons)
{
    return adminRequest(IPP_OP_CUPS_ADD_MODIFY_PRINTER, queue(), {},
                        reasons.empty() ? std::vector<std::string>{"none"} : reasons);
}

std::string PrivateCups::server() const
{
    return "127.0.0.1:" + std::to_string(m_cupsPort);
}

std::vector<fs::path> PrivateCups::receivedDocuments() const
{
    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(m_dir / "printer")) {
        if (entry.path().extension() == ".pdf") {
            files.push_back(entry.path());
        }
    }
    // ippeveprinter names them "<job-id>-<job-name>.pdf".
    std::sort(files.begin(), files.end(), [](const fs::path &a, const fs::path &b) {
        return std::atoi(a.filename().c_str()) < std::atoi(b.filename().c_str());
    });
    return files;
}

bool PrivateCups::waitForDocuments(size_t count, std::chrono::milliseconds timeout) const
{
    return pollUntil([&] { return receivedDocuments().size() >= count; }, timeout);
}

std::string PrivateCups::logs() const
{
    std::ifstream in(m_dir / "log/error_log");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

PrivateCups::~PrivateCups()
{
    for (const pid_t pid : m_children) {
        kill(pid, SIGTERM);
    }
    for (const pid_t pid : m_children) {
        // Give each a moment to exit cleanly, then make sure.
        bool exited = pollUntil([&] { return waitpid(pid, nullptr, WNOHANG) == pid; }, 2s);
        if (!exited) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
    }
    if (std::getenv("MOTCUA_KEEP_CUPS_DIR") == nullptr && !m_dir.empty()) {
        std::error_code ignored;
        fs::remove_all(m_dir, ignored);
    }
}

}  // namespace motcua::test

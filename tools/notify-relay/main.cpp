// motcua-notify-relay -- COMMAND [ARGS…]: the kiosk service's main process, so that systemd hears
// the kiosk's READY=1 and WATCHDOG=1 from inside the logind session (kiosk/platform/notify_relay.h).
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "kiosk/platform/notify_relay.h"

int main(int argc, char **argv)
{
    int first = 1;
    if (first < argc && std::strcmp(argv[first], "--") == 0) {
        ++first;
    }
    if (first >= argc) {
        std::fprintf(stderr, "usage: motcua-notify-relay -- COMMAND [ARGS...]\n");
        return 2;
    }
    return motcua::runNotifyRelay(std::vector<std::string>(argv + first, argv + argc));
}

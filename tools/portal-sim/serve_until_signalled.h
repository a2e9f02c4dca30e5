#pragma once
// The end of an HTTPS tool's main (motcua-portal-sim, motcua-hub): start the
// server, say where it listens, serve until SIGTERM or SIGINT, stop in order.
// Exit codes: 0 after a signal, 1 when the server cannot be built or bound.
#include <csignal>
#include <cstdio>
#include <memory>
#include <semaphore>
#include <string>

#include "kiosk/core/result.h"

namespace motcua {

namespace detail {
inline std::binary_semaphore g_stopServing{0};
inline void requestStopServing(int)
{
    g_stopServing.release();
}
}  // namespace detail

template <class Server>
int serveUntilSignalled(const char *program, Result<std::unique_ptr<Server>> server, const std::string &bind)
{
    if (!server) {
        std::fprintf(stderr, "%s: %s\n", program, server.error().message.c_str());
        return 1;
    }
    auto port = (*server)->start();
    if (!port) {
        std::fprintf(stderr, "%s: %s\n", program, port.error().message.c_str());
        return 1;
    }
    std::printf("%s listening on https://%s:%d\n", program, bind.c_str(), *port);
    std::fflush(stdout);
    std::signal(SIGTERM, detail::requestStopServing);
    std::signal(SIGINT, detail::requestStopServing);
    detail::g_stopServing.acquire();
    (*server)->stop();
    return 0;
}

}  // namespace motcua

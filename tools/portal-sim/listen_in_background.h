#pragma once
// The start of an HTTPS tool's server (motcua-portal-sim, motcua-hub): bind to the given address
// and port (0 = any free port), then serve on a thread of its own. Returns the port.
#include <httplib.h>

#include <string>
#include <thread>

#include "kiosk/core/result.h"

namespace motcua {

inline Result<int> listenInBackground(
    httplib::Server &server, const std::string &bind, int port, std::thread &thread, const std::string &errorCode)
{
    const int bound
        = port == 0 ? server.bind_to_any_port(bind.c_str()) : (server.bind_to_port(bind.c_str(), port) ? port : -1);
    if (bound <= 0) {
        return fail(errorCode, "cannot listen on " + bind + ":" + std::to_string(port));
    }
    thread = std::thread([&server] { server.listen_after_bind(); });
    return bound;
}

} // namespace motcua

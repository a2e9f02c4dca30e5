#pragma once
// Runs a command and passes its sd_notify messages on to the service manager as this process.
//
// motcua-kiosk.service opens a logind session (PAMName=login) so that cage may take the display;
// pam_systemd then moves the service's processes into the session's scope, and systemd takes
// READY=1 and WATCHDOG=1 only from the service's main PID there, not from the kiosk, cage's child.
// The relay is that main PID: the command gets a NOTIFY_SOCKET of the relay's own, and what
// arrives on it (from the same user) goes on to the real one; the watchdog systemd set for the
// relay (WATCHDOG_USEC, WATCHDOG_PID) is handed to the command without WATCHDOG_PID. Signals that
// stop the service (TERM, INT, HUP) and the watchdog's ABRT go to the command's whole process
// group; a group that has not exited 10 s after TERM is killed. The command dies with the relay (PR_SET_PDEATHSIG).
#include <string>
#include <vector>

namespace motcua {

// Runs `command` (argv, command[0] looked up on PATH) until it exits; returns the exit status to
// leave with: the command's own, 128 + signal when a signal ended it, 127 when it did not start.
int runNotifyRelay(const std::vector<std::string> &command);

}  // namespace motcua

#!/usr/bin/env python3
"""motcua-kiosk speaks sd_notify: READY=1 once the attract screen is drawn, WATCHDOG=1 from its
event loop every half WATCHDOG_USEC, no more pings once the event loop is blocked, STOPPING=1 on
an orderly quit. The test plays systemd: it owns the NOTIFY_SOCKET datagram socket.

The relay-* cases run the kiosk as the service does, under motcua-notify-relay (the service's
main process inside the logind session): every message must then come from the relay's PID, and
the watchdog's SIGABRT to the relay must end the kiosk.

usage: watchdog_notify_test.py BIN_DIR {pings|stopping|sigterm|relay-pings|relay-sigterm|relay-abort}
"""
import os
import socket
import subprocess
import sys
import signal
import struct
import tempfile
import time

WATCHDOG_USEC = 1_000_000          # pings every 0.5 s
BLOCK_AFTER_MS = 3000              # the kiosk freezes its event loop 3 s after READY=1
READY_TIMEOUT_S = 120              # a cold start on a loaded 2-core CI machine


def fail(message, log=None):
    print(f"FAIL: {message}")
    if log:
        print("--- kiosk output ---\n" + log)
    sys.exit(1)


RELAY = False                      # set by the relay-* cases
SENDERS = set()                    # PIDs the notify messages came from
STARTED = []                       # PIDs of what the test started (the relay, or the kiosk)


def start_kiosk(bin_dir, tmp, extra_env, args, grandchild=False):
    """grandchild: under the relay, the kiosk is started by a shell that stays its parent, as cage
    does in the service (so the kiosk is not the process WATCHDOG_PID names)."""
    config = os.path.join(tmp, "motcua.toml")
    with open(config, "w", encoding="utf-8") as f:
        f.write(f'[store]\ndata_dir = "{os.path.join(tmp, "data")}"\n')
    sock_path = os.path.join(tmp, "notify.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(sock_path)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
    env = dict(os.environ)
    env.pop("WATCHDOG_PID", None)   # unset: the watchdog is meant for whoever reads it
    env.update({"NOTIFY_SOCKET": sock_path, "QT_QPA_PLATFORM": "offscreen",
                "QT_QUICK_BACKEND": "software", "HOME": tmp, "XDG_RUNTIME_DIR": tmp})
    env.update(extra_env)
    log = open(os.path.join(tmp, "kiosk.log"), "w+", encoding="utf-8")
    command = [os.path.join(bin_dir, "motcua-kiosk"), "--config", config, *args]
    if RELAY and grandchild:
        command = ["sh", "-c", '"$@"; exit $?', "compositor", *command]
    if RELAY:
        # As systemd starts it: WATCHDOG_PID is the relay's own PID (the shell's, kept by exec).
        watchdog_pid = 'WATCHDOG_PID=$$ ' if "WATCHDOG_USEC" in extra_env else ''
        command = ["sh", "-c", f'{watchdog_pid}exec "$0" -- "$@"',
                   os.path.join(bin_dir, "motcua-notify-relay"), *command]
    kiosk = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    STARTED.append(kiosk.pid)
    return listener, kiosk, log


def receive(listener, until, kiosk):
    """Yields (time, field) for every notify message field until `until` (monotonic)."""
    while True:
        left = until - time.monotonic()
        if left <= 0:
            return
        listener.settimeout(min(left, 0.2))
        try:
            data, ancillary, _, _ = listener.recvmsg(4096, socket.CMSG_SPACE(12))
        except socket.timeout:
            if kiosk.poll() is not None:
                return
            continue
        now = time.monotonic()
        for level, kind, creds in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
                SENDERS.add(struct.unpack("iII", creds)[0])
        for field in data.decode().split("\n"):
            if field:
                yield now, field


def clean_up(process, listener):
    if process.poll() is None:
        process.kill()
        process.wait()
    listener.close()


def read_log(log):
    log.flush()
    log.seek(0)
    return log.read()


def wait_ready(listener, kiosk, log):
    start = time.monotonic()
    for when, field in receive(listener, start + READY_TIMEOUT_S, kiosk):
        if field == "READY=1":
            print(f"READY=1 after {when - start:.2f} s")
            return when
    fail(f"no READY=1 within {READY_TIMEOUT_S} s (exit code {kiosk.poll()})", read_log(log))


def test_pings(bin_dir, tmp):
    listener, kiosk, log = start_kiosk(bin_dir, tmp, {
        "WATCHDOG_USEC": str(WATCHDOG_USEC),
        "MOTCUA_TEST_BLOCK_EVENT_LOOP_AFTER_MS": str(BLOCK_AFTER_MS)}, [], grandchild=True)
    try:
        ready = wait_ready(listener, kiosk, log)
        block = ready + BLOCK_AFTER_MS / 1000
        pings_before, pings_after = [], []
        # Pings until the block, one interval of grace, then three intervals that must stay silent.
        for when, field in receive(listener, block + 1.0 + 3 * WATCHDOG_USEC / 1e6, kiosk):
            if field != "WATCHDOG=1":
                continue
            (pings_before if when < block + 1.0 else pings_after).append(when - ready)
        if kiosk.poll() is not None:
            fail(f"the kiosk exited ({kiosk.returncode}) instead of blocking", read_log(log))
        gaps = [b - a for a, b in zip(pings_before, pings_before[1:])]
        print(f"{len(pings_before)} pings in the {BLOCK_AFTER_MS} ms before the block; "
              f"largest gap {max(gaps, default=0):.2f} s; {len(pings_after)} pings after it")
        # Expected 6-7; at least 4 leaves room for a loaded machine, and proves they repeat.
        if len(pings_before) < 4:
            fail(f"expected periodic WATCHDOG=1 every {WATCHDOG_USEC / 2e6} s, got {pings_before}",
                 read_log(log))
        if pings_after:
            fail(f"WATCHDOG=1 kept coming with the event loop blocked: {pings_after}", read_log(log))
    finally:
        clean_up(kiosk, listener)


def test_stopping(bin_dir, tmp):
    listener, kiosk, log = start_kiosk(bin_dir, tmp, {}, ["--exit-after-first-frame"])
    try:
        fields = [field for _, field in receive(listener, time.monotonic() + READY_TIMEOUT_S, kiosk)]
        kiosk.wait(timeout=30)
        print(f"messages: {fields}; exit code {kiosk.returncode}")
        if "READY=1" not in fields or "STOPPING=1" not in fields \
                or fields.index("READY=1") > fields.index("STOPPING=1"):
            fail("expected READY=1 then STOPPING=1", read_log(log))
        if fields.count("READY=1") != 1:
            fail("READY=1 must come exactly once", read_log(log))
        if "WATCHDOG=1" in fields:
            fail("WATCHDOG=1 sent although no watchdog was asked for", read_log(log))
        if kiosk.returncode != 0:
            fail(f"exit code {kiosk.returncode}", read_log(log))
    finally:
        clean_up(kiosk, listener)


def test_sigterm(bin_dir, tmp):
    """systemctl stop: SIGTERM while the attract screen is up gives STOPPING=1 and a clean exit 0."""
    listener, kiosk, log = start_kiosk(bin_dir, tmp, {"WATCHDOG_USEC": str(WATCHDOG_USEC)}, [])
    try:
        wait_ready(listener, kiosk, log)
        kiosk.terminate()
        fields = [field for _, field in receive(listener, time.monotonic() + 30, kiosk)]
        kiosk.wait(timeout=30)
        print(f"after SIGTERM: {sorted(set(fields))}; exit code {kiosk.returncode}")
        if "STOPPING=1" not in fields:
            fail("no STOPPING=1 after SIGTERM", read_log(log))
        if kiosk.returncode != 0:
            fail(f"exit code {kiosk.returncode} after SIGTERM (expected an orderly quit, 0)", read_log(log))
    finally:
        clean_up(kiosk, listener)


def test_abort(bin_dir, tmp):
    """The watchdog's SIGABRT to the service's main process (the relay) ends the kiosk with it."""
    listener, relay, log = start_kiosk(bin_dir, tmp, {"WATCHDOG_USEC": str(WATCHDOG_USEC)}, [])
    try:
        wait_ready(listener, relay, log)
        relay.send_signal(signal.SIGABRT)
        relay.wait(timeout=30)
        print(f"relay exit code after SIGABRT: {relay.returncode}")
        if relay.returncode != 128 + signal.SIGABRT:
            fail(f"expected the kiosk killed by SIGABRT (relay exit {128 + signal.SIGABRT})", read_log(log))
    finally:
        clean_up(relay, listener)


def main():
    global RELAY
    bin_dir, case = sys.argv[1], sys.argv[2]
    RELAY = case.startswith("relay-")
    cases = {"pings": test_pings, "stopping": test_stopping, "sigterm": test_sigterm, "abort": test_abort}
    with tempfile.TemporaryDirectory(prefix="motcua-notify-") as tmp:
        cases[case.removeprefix("relay-")](bin_dir, tmp)
    if RELAY:
        print(f"messages came from {SENDERS}")
        # The relay is the process the test started; the kiosk, its child, must not be heard.
        if SENDERS != set(STARTED):
            fail(f"expected every message from the relay {STARTED}, got senders {SENDERS}")
    print("PASS")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Fleet health end to end: a real mosquitto broker (random port, temporary config), two motcua-kiosk
instances (offscreen) publishing health, `motcua fleet` listing both; a signed command takes one out of
service and back; a command signed by an untrusted key, a tampered one and a replay are refused; a
killed kiosk shows as offline through the broker's last will.

usage: fleet_e2e_test.py BIN_DIR          (exit 77: no mosquitto installed)
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

SITE = "hn-test"
START_TIMEOUT_S = 150  # two cold kiosk starts on a loaded 2-core machine


def fail(message, logs=()):
    print(f"FAIL: {message}")
    for path in logs:
        with open(path, encoding="utf-8", errors="replace") as f:
            print(f"--- {path} ---\n{f.read()[-4000:]}")
    sys.exit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_broker(tmp):
    port = free_port()
    conf = os.path.join(tmp, "mosquitto.conf")
    with open(conf, "w", encoding="utf-8") as f:
        f.write(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n")
    log = open(os.path.join(tmp, "mosquitto.log"), "w")
    broker = subprocess.Popen([shutil.which("mosquitto") or "/usr/sbin/mosquitto", "-c", conf],
                              stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return broker, port
        except OSError:
            time.sleep(0.1)
    fail("mosquitto did not start", [log.name])


def kiosk_config(tmp, kiosk, port, keys):
    path = os.path.join(tmp, f"{kiosk}.toml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(f'[site]\nid = "{SITE}"\nkiosk_id = "{kiosk}"\n'
                f'[store]\ndata_dir = "{os.path.join(tmp, kiosk)}"\n'
                f'[fleet]\nenabled = true\nbroker_port = {port}\ninterval_seconds = 5\n'
                f'command_keys = "{keys}"\n')
    return path


def start_kiosk(bin_dir, tmp, config, name):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software", HOME=tmp,
               XDG_RUNTIME_DIR=tmp, QT_LOGGING_RULES="motcua.fleet.info=true")
    env.pop("NOTIFY_SOCKET", None)
    log = open(os.path.join(tmp, f"{name}.log"), "w")
    return subprocess.Popen([os.path.join(bin_dir, "motcua-kiosk"), "--config", config], env=env,
                            stdout=log, stderr=subprocess.STDOUT), log.name


def motcua(bin_dir, port, *args, stdout_only=False):
    run = subprocess.run([os.path.join(bin_dir, "motcua"), "fleet", "--site", SITE, "--broker",
                          f"127.0.0.1:{port}", *args], capture_output=True, text=True, timeout=120)
    return run.returncode, run.stdout if stdout_only else run.stdout + run.stderr


def listing(bin_dir, port):
    rc, out = motcua(bin_dir, port, "--json", "--wait", "1", stdout_only=True)
    try:
        return rc, {entry["kiosk"]: entry for entry in json.loads(out)}
    except json.JSONDecodeError:
        return rc, {}


def wait_listing(bin_dir, port, done, what, logs):
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        rc, entries = listing(bin_dir, port)
        if done(entries):
            return rc, entries
        time.sleep(1)
    fail(f"timed out waiting for {what}; last listing: {json.dumps(entries)[:2000]}", logs)


def health(entries, kiosk):
    return (entries.get(kiosk) or {}).get("health") or {}


def publish(port, topic, payload):
    subprocess.run(["mosquitto_pub", "-h", "127.0.0.1", "-p", str(port), "-q", "1", "-t", topic, "-m", payload],
                   check=True, timeout=30)


def main():
    bin_dir = sys.argv[1]
    if not shutil.which("mosquitto") and not os.path.exists("/usr/sbin/mosquitto"):
        print("SKIP: mosquitto not installed (tools/install-deps.sh)")
        return 77
    tmp = tempfile.mkdtemp(prefix="motcua-fleet-")
    broker, port = start_broker(tmp)
    kiosks = []
    try:
        key, forger = os.path.join(tmp, "tech.key"), os.path.join(tmp, "forger.key")
        for path in (key, forger):
            rc, out = motcua(bin_dir, port, "keygen", "--out", path)
            if rc != 0:
                fail(f"keygen: {out}")
        for name in ("kiosk-01", "kiosk-02"):
            kiosks.append(start_kiosk(bin_dir, tmp, kiosk_config(tmp, name, port, key + ".pub"), name))
        logs = [log for _, log in kiosks]

        # 1. Both kiosks report; the listing shows both, online, nothing to do.
        rc, entries = wait_listing(bin_dir, port, lambda e: all(
            k in e and e[k]["health"] and e[k]["status"] == "online" for k in ("kiosk-01", "kiosk-02")),
            "health from both kiosks", logs)
        print("listing:", {k: (v["status"], [c["code"] for c in v["concerns"]]) for k, v in entries.items()})
        if rc != 0:
            fail(f"healthy fleet should exit 0, got {rc}: {entries}", logs)
        _, text = motcua(bin_dir, port, "--wait", "1")
        print(text)
        if "hn-test/kiosk-01" not in text or "hn-test/kiosk-02" not in text:
            fail("text listing does not show both kiosks")

        # 2. A signed command takes kiosk-01 out of service; the kiosk confirms through its health.
        rc, out = motcua(bin_dir, port, "out-of-service", "kiosk-01", "--message", "Tạm dừng để bảo trì",
                         "--key", key)
        print(out.strip())
        if rc != 0 or "applied" not in out:
            fail(f"signed out-of-service not applied: {out}", logs)
        rc, entries = listing(bin_dir, port)
        codes = [c["code"] for c in entries["kiosk-01"]["concerns"]]
        if rc != 1 or "out_of_service" not in codes or entries["kiosk-01"]["health"]["out_of_service"]["message"] \
                != "Tạm dừng để bảo trì":
            fail(f"listing does not show kiosk-01 out of service (rc {rc}): {entries['kiosk-01']}")

        # 3. Forged: signed by a key kiosk-02 does not trust.
        rc, out = motcua(bin_dir, port, "out-of-service", "kiosk-02", "--message", "x", "--key", forger)
        print(out.strip())
        if rc != 1 or "refused: fleet.unknown_key" not in out:
            fail(f"forged command not refused: {out}", logs)
        # Tampered: the message changed after signing.
        rc, out = motcua(bin_dir, port, "out-of-service", "kiosk-02", "--message", "ok", "--key", key, "--print",
                         stdout_only=True)
        topic, envelope = out.strip().split("\n")
        tampered = json.loads(envelope)
        tampered["command"] = tampered["command"].replace('"message":"ok"', '"message":"hacked"')
        publish(port, topic, json.dumps(tampered))
        wait_listing(bin_dir, port, lambda e: health(e, "kiosk-02").get("last_command")
                     == "fleet.bad_signature", "kiosk-02 to refuse a tampered command", logs)
        _, entries = listing(bin_dir, port)
        if entries["kiosk-02"]["health"]["out_of_service"]["active"]:
            fail("kiosk-02 went out of service on a refused command")

        # 4. Back in service by a signed command printed and sent by hand; the same bytes again are a replay.
        rc, out = motcua(bin_dir, port, "back-in-service", "kiosk-01", "--key", key, "--print",
                         stdout_only=True)
        topic, envelope = out.strip().split("\n")
        publish(port, topic, envelope)
        wait_listing(bin_dir, port, lambda e: health(e, "kiosk-01").get("out_of_service", {})
                     .get("active") is False, "kiosk-01 back in service", logs)
        publish(port, topic, envelope)
        wait_listing(bin_dir, port, lambda e: health(e, "kiosk-01").get("last_command")
                     == "fleet.replayed", "kiosk-01 to refuse a replay", logs)

        # 5. A kiosk that dies: the broker publishes its last will and the listing says offline.
        kiosks[1][0].send_signal(signal.SIGKILL)
        kiosks[1][0].wait()
        rc, entries = wait_listing(bin_dir, port, lambda e: e.get("kiosk-02", {}).get("status") == "offline",
                                   "kiosk-02's last will", logs)
        if rc != 1 or "kiosk.offline" not in [c["code"] for c in entries["kiosk-02"]["concerns"]]:
            fail(f"offline kiosk not flagged: {entries['kiosk-02']}")
        print("PASS")
        return 0
    finally:
        for process, _ in kiosks:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
        broker.terminate()
        broker.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# End-to-end checks of motcua-kiosk and motcua, one per invocation:
#   cli_e2e.sh CHECK   (BIN = the build's bin directory, SRC = the source tree)
set -uo pipefail
check=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

fail() { echo "FAIL: $*" >&2; exit 1; }
expect_exit() {  # expect_exit CODE CMD…: runs CMD, output to $work/out and $work/err
  local want=$1; shift
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  [ "$got" -eq "$want" ] || { cat "$work/out" "$work/err" >&2; fail "$* exited $got, wanted $want"; }
}
expect_in() {  # expect_in FILE TEXT
  grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "'$2' not in $(basename "$1")"; }
}

printf '[store]\ndata_dir = "%s"\n' "$work/data" > "$work/good.toml"

case "$check" in
self_test)
  expect_exit 0 "$BIN/motcua-kiosk" --self-test --config "$work/good.toml"
  for subsystem in config store session translations fonts qml keyboard camera scanner printer portal; do
    grep -qE "^$subsystem +(ok|skip) " "$work/out" || { cat "$work/out"; fail "no passing line for $subsystem"; }
  done
  expect_in "$work/out" "self-test: PASS"
  [ -f "$work/data/motcua.sqlite" ] || fail "self-test did not create the store"
  ;;
doctor_json)
  expect_exit 0 "$BIN/motcua" doctor --json --config "$work/good.toml"
  python3 - "$work/out" <<'PY' || fail "doctor --json is not the expected JSON"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["ok"] is True, doc
names = [c["subsystem"] for c in doc["checks"]]
assert names == ["config", "store", "camera", "scanner", "printer", "portal"], names
assert all(c["verdict"] in ("ok", "skipped", "failed") for c in doc["checks"])
PY
  expect_exit 0 "$BIN/motcua" --config "$work/good.toml" doctor
  expect_in "$work/out" "store"
  ;;
bad_config_unknown_key)
  printf '[session]\nidle_timeout_s = 90\nidle_timout_s = 30\n' > "$work/bad.toml"
  expect_exit 2 "$BIN/motcua-kiosk" --self-test --config "$work/bad.toml"
  expect_in "$work/err" "$work/bad.toml:3: key 'session.idle_timout_s': unknown key"
  expect_exit 2 "$BIN/motcua" doctor --config "$work/bad.toml"
  expect_in "$work/err" "$work/bad.toml:3: key 'session.idle_timout_s': unknown key"
  ;;
bad_config_wrong_type)
  printf '[ui]\nfullscreen = "yes"\n' > "$work/bad.toml"
  expect_exit 2 "$BIN/motcua-kiosk" --self-test --config "$work/bad.toml"
  expect_in "$work/err" "$work/bad.toml:2: key 'ui.fullscreen': expected true or false, found a string"
  ;;
bad_config_unreadable)
  expect_exit 2 "$BIN/motcua-kiosk" --self-test --config "$work/missing.toml"
  expect_in "$work/err" "$work/missing.toml: cannot read the file"
  expect_exit 2 "$BIN/motcua" doctor --config "$work"
  expect_in "$work/err" "$work: not a regular file"
  ;;
usage_errors)
  expect_exit 2 "$BIN/motcua-kiosk" --no-such-flag
  expect_in "$work/err" "no-such-flag"
  expect_exit 2 "$BIN/motcua-kiosk" --size huge
  expect_exit 2 "$BIN/motcua" frobnicate
  expect_exit 2 "$BIN/motcua"
  expect_exit 0 "$BIN/motcua" --help
  expect_exit 0 "$BIN/motcua-kiosk" --version
  ;;
screenshot_png)
  for size in 1920x1080 1080x1920; do
    expect_exit 0 "$BIN/motcua-kiosk" --config "$work/good.toml" --screenshot "$work/shot.png" --screen home --size "$size"
    python3 - "$work/shot.png" "$size" <<'PY' || fail "screenshot is not a ${size} PNG"
import struct, sys
data = open(sys.argv[1], "rb").read(24)
assert data[:8] == b"\x89PNG\r\n\x1a\n"
w, h = struct.unpack(">II", data[16:24])
assert f"{w}x{h}" == sys.argv[2], (w, h)
PY
  done
  ;;
bench_startup)
  expect_exit 0 "$BIN/motcua" bench startup --runs 3 --json
  python3 - "$work/out" <<'PY' || fail "bench startup printed no figures"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["runs"] == 3 and doc["median_ms"] > 0 and doc["p95_ms"] >= doc["median_ms"], doc
print(f"startup median {doc['median_ms']:.0f} ms, p95 {doc['p95_ms']:.0f} ms")
PY
  ;;
bench_queue)
  # A short back-to-back run and its paced run: both figures printed, every ticket exact.
  expect_exit 0 "$BIN/motcua" bench queue --kiosks 4 --counters 2 --seconds 1 --offered 60 --json
  python3 - "$work/out" <<'PY' || fail "bench queue printed no figures"
import json, sys
text = open(sys.argv[1]).read()
doc = json.loads(text[text.index("{"):])
assert doc["duplicates"] == 0 and doc["lost"] == 0 and doc["ops_per_s"] > 0, doc
paced = doc["offered"]
assert paced["duplicates"] == 0 and paced["lost"] == 0 and paced["p99_ms"] > 0, paced
print(f"{doc['ops_per_s']:.0f} ops/s back to back; paced at 60 ops/s: p99 {paced['p99_ms']:.1f} ms")
PY
  ;;
outbox_soak)
  expect_exit 0 "$BIN/motcua" bench outbox --applications 100 --fail-rate 0.3 --kills 5 --seed 3
  expect_in "$work/out" "lost=0 duplicated=0 mismatched=0"
  expect_in "$work/out" "accepted=100"
  cat "$work/out"
  ;;
*) fail "unknown check $check" ;;
esac
echo "ok: $check"

#!/usr/bin/env bash
# `make run`: starts motcua-kiosk on the embedded defaults, with the same
# real components a kiosk has: the bundled HTTPS portal simulator (its own
# local CA), a private CUPS with a virtual printer whose prints land as PDF
# files, a camera from a sample file when there is no webcam, and SQLite under
# the user's data directory. Without a display the kiosk runs inside Xvfb.
#   MOTCUA_ARGS="--windowed" make run    extra flags for the kiosk
#   MOTCUA_CONFIG=site.toml make run     your own configuration instead
set -euo pipefail
bin=$(cd "${1:-build/dev/bin}" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
run="${XDG_STATE_HOME:-$HOME/.local/state}/motcua/run"
mkdir -p "$run"
args=(${MOTCUA_ARGS:-})
log() { echo "run-kiosk: $*" >&2; }

# The portal simulator, with a CA and certificates made on this machine.
"$bin/motcua-portal-sim" pki "$run/pki" --kiosk kiosk-01 >/dev/null
port=${MOTCUA_PORTAL_PORT:-8443}
"$bin/motcua-portal-sim" --pki "$run/pki" --data "$run/portal-sim.sqlite" --port "$port" --status-step 60 \
  >"$run/portal-sim.log" 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q "listening" "$run/portal-sim.log" 2>/dev/null && break
  kill -0 $sim 2>/dev/null || { log "portal simulator did not start:"; cat "$run/portal-sim.log" >&2; exit 1; }
  sleep 0.05
done
log "portal simulator on https://127.0.0.1:$port (log $run/portal-sim.log)"

# The virtual printer (private cupsd + ippeveprinter); prints land as PDFs.
printer_backend=none
if eval "$("$root/tools/setup-virtual-printer.sh" start)"; then
  printer_backend=cups
  log "virtual printer: CUPS_SERVER=$CUPS_SERVER, prints in ${XDG_STATE_HOME:-$HOME/.local/state}/motcua/virtual-printer/printed/"
else
  log "virtual printer not available; printing is off"
fi

# A webcam when there is one, else the bundled sample frames through the same OpenCV path.
camera_backend=none camera_source=""
if [ -e /dev/video0 ]; then
  camera_backend=v4l2
else
  sample=$(find "$root/assets/samples" -maxdepth 1 -type f \( -name '*.avi' -o -name '*.mp4' -o -name '*.mjpeg' \
    -o -name '*.png' -o -name '*.jpg' \) 2>/dev/null | sort | head -n 1)
  [ -n "$sample" ] && camera_backend=file camera_source=$sample
fi

config=${MOTCUA_CONFIG:-$run/kiosk.toml}
if [ -z "${MOTCUA_CONFIG:-}" ]; then
  cat > "$config" <<TOML
# Written by tools/run-kiosk.sh for \`make run\`; see config/motcua.toml for every key.
[devices.camera]
backend = "$camera_backend"
source = "$camera_source"
[devices.printer]
backend = "$printer_backend"
destination = "motcua-virtual"
server = "${CUPS_SERVER:-}"
[devices.portal]
backend = "https"
url = "https://127.0.0.1:$port"
ca_file = "$run/pki/ca.crt"
TOML
fi
args+=(--config "$config")

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  log "no display; starting inside Xvfb 1920x1080 (xvfb-run -s '-screen 0 1920x1080x24' make run does the same)"
  export QT_QUICK_BACKEND=${QT_QUICK_BACKEND:-software}
  xvfb-run -a -s "-screen 0 1920x1080x24" "$bin/motcua-kiosk" "${args[@]}"
else
  # Under Xvfb, Mesa's llvmpipe renders OpenGL in software; QT_QUICK_BACKEND=software is the lighter choice.
  "$bin/motcua-kiosk" "${args[@]}"
fi

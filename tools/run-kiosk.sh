#!/usr/bin/env bash
# Starts motcua-kiosk on the embedded defaults. Without a display it runs
# inside Xvfb (software rendering), so `make run` works on a bare machine too.
#   MOTCUA_ARGS="--windowed" make run    extra flags for the kiosk
set -euo pipefail
bin=${1:-build/dev/bin}
args=(${MOTCUA_ARGS:-})
[ -n "${MOTCUA_CONFIG:-}" ] && args+=(--config "$MOTCUA_CONFIG")

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-kiosk: no display; starting inside Xvfb 1920x1080 (xvfb-run -s '-screen 0 1920x1080x24' make run does the same)"
  export QT_QUICK_BACKEND=${QT_QUICK_BACKEND:-software}
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$bin/motcua-kiosk" "${args[@]}"
fi
# Under Xvfb, Mesa's llvmpipe renders OpenGL in software; QT_QUICK_BACKEND=software is the lighter choice.
exec "$bin/motcua-kiosk" "${args[@]}"

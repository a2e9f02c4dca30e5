#!/usr/bin/env bash
# The on-screen keyboard in the kiosk's session: a Qt Quick test run inside cage (headless wlroots
# backend, pixman renderer, Qt on Wayland), as motcua-kiosk.service runs the kiosk.
# usage: cage_keyboard_test.sh QML_TEST
set -euo pipefail
qml_test=$1
runner=/usr/lib/qt6/bin/qmltestrunner
for f in /usr/bin/cage /usr/bin/Xwayland "$runner"; do
  [ -x "$f" ] || { echo "SKIP: $f not installed (tools/install-deps.sh)"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$qml_test" "$tmp/"
chmod 700 "$tmp"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  # cage refuses to run as root: the test runs as nobody, in a runtime directory of its own.
  chown -R nobody "$tmp"
  # Xwayland's socket directory, as systemd-tmpfiles makes it on a booted system.
  [ -d /tmp/.X11-unix ] || install -d -m 1777 /tmp/.X11-unix
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
"${as_user[@]}" env -i PATH=/usr/bin:/bin HOME="$tmp" XDG_RUNTIME_DIR="$tmp" \
  WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
  timeout 120 cage -- env QT_QPA_PLATFORM=wayland QT_IM_MODULE=qtvirtualkeyboard QT_QUICK_BACKEND=software \
  "$runner" -input "$tmp/$(basename "$qml_test")" -o "$tmp/result.txt,txt" > "$tmp/cage.log" 2>&1 || true
if ! grep -q "^Totals: [1-9][0-9]* passed, 0 failed" "$tmp/result.txt" 2>/dev/null; then
  cat "$tmp/result.txt" 2>/dev/null || true
  tail -30 "$tmp/cage.log"
  echo "FAIL: the on-screen keyboard under cage"; exit 1
fi
grep -E "^(PASS|Totals)" "$tmp/result.txt"

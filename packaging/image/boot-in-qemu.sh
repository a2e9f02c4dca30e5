#!/usr/bin/env bash
# Boots a kiosk image (tools/build-image.sh, built with --kernel-options "console=ttyS0
# systemd.show_status=1") in qemu with UEFI (ovmf), KVM if it works, on a throw-away copy, and reports the
# time from power-on to motcua-kiosk.service started (its READY=1: the attract screen is drawn),
# then saves a screenshot of the kiosk's screen.
# usage: [HOLD_S=N] [QEMU_VGA=virtio] boot-in-qemu.sh IMAGE SCREENSHOT.png [TIMEOUT_S]
set -euo pipefail
image=$1 shot=$2 timeout=${3:-300}
for f in /usr/bin/qemu-system-x86_64 /usr/share/ovmf/OVMF.fd /usr/bin/bc; do
  [ -e "$f" ] || { echo "needs qemu-system-x86, ovmf and bc ($f)"; exit 77; }
done
work=$(mktemp -d)
cleanup() { [ -z "${qemu:-}" ] || kill "$qemu" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cp --sparse=always "$image" "$work/disk.raw"
# KVM when it works; where it does not (no /dev/kvm, or a nested VM whose KVM refuses the CPU model:
# qemu then dies at once), software emulation, which is many times slower.
boot() {
  rm -f "$work/serial.log"
  start=$(date +%s.%N)
  qemu-system-x86_64 "$@" -m 2048 -smp 2 -bios /usr/share/ovmf/OVMF.fd \
    -drive "file=$work/disk.raw,format=raw,if=virtio" -vga "${QEMU_VGA:-virtio}" -display none \
    -nic user,model=virtio-net-pci -serial "file:$work/serial.log" \
    -monitor "unix:$work/monitor.sock,server,nowait" 2>"$work/qemu.err" &
  qemu=$!
}
# The kiosk's screen as qemu shows it, in $shot. QEMU 7.1 and later write PNG themselves.
screendump() {
  python3 - "$work/monitor.sock" "$(realpath -m "$shot")" <<'EOF'
import socket, sys, time
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])
s.sendall(f"screendump {sys.argv[2]} -f png\n".encode()); time.sleep(2); s.close()
EOF
}
accel="software emulation (TCG)"
if [ -w /dev/kvm ]; then
  boot -enable-kvm -cpu host
  sleep 5
  if kill -0 "$qemu" 2>/dev/null && ! grep -q "KVM internal error" "$work/qemu.err"; then
    accel="KVM"
  else
    kill "$qemu" 2>/dev/null || true
    wait "$qemu" 2>/dev/null || true
    echo "KVM did not run this VM ($(head -c 200 "$work/qemu.err" | tr '\n' ' ')); using software emulation"
  fi
fi
[ "$accel" = KVM ] || boot -accel tcg,thread=multi -cpu max
echo "booting with $accel"
ready=""
while [ -z "$ready" ]; do
  sleep 0.5
  now=$(date +%s.%N)
  if grep -q "Started.*motcua self-service kiosk" "$work/serial.log" 2>/dev/null; then
    ready=$(echo "$now - $start" | bc)
  elif (( $(echo "$now - $start > $timeout" | bc) )); then
    screendump; cp "$work/serial.log" "${shot%.png}.serial.log"
    tail -40 "$work/serial.log"; echo "FAIL: no kiosk within $timeout s (serial console: ${shot%.png}.serial.log)"; exit 1
  fi
done
echo "power-on to motcua-kiosk ready (READY=1, attract screen drawn): ${ready} s ($accel)"
grep -E "FAILED|Failed to" "$work/serial.log" || true
sleep 5   # the first frames after READY=1
screendump
echo "screenshot: $shot"
# HOLD_S=N: keep the kiosk running N s more and fail if systemd restarted it meanwhile (a watchdog
# that never hears WATCHDOG=1 kills it within WatchdogSec=30).
if [ "${HOLD_S:-0}" -gt 0 ]; then
  sleep "$HOLD_S"
  if grep -E "motcua-kiosk.service: (Watchdog timeout|Main process exited|Scheduled restart)" "$work/serial.log"; then
    cp "$work/serial.log" "${shot%.png}.serial.log"; echo "FAIL: the kiosk did not stay up for $HOLD_S s"; exit 1
  fi
  echo "the kiosk stayed up $HOLD_S s after READY=1 (watchdog fed)"
fi
cp "$work/serial.log" "${shot%.png}.serial.log"

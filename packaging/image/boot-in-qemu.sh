#!/usr/bin/env bash
# Boots a kiosk image (tools/build-image.sh, built with --kernel-options "console=ttyS0
# systemd.show_status=1") in qemu with KVM and UEFI (ovmf), on a throw-away copy, and reports the
# time from power-on to motcua-kiosk.service started (its READY=1: the attract screen is drawn),
# then saves a screenshot of the kiosk's screen.
# usage: boot-in-qemu.sh IMAGE SCREENSHOT.png [TIMEOUT_S]
set -euo pipefail
image=$1 shot=$2 timeout=${3:-300}
for f in /usr/bin/qemu-system-x86_64 /usr/share/ovmf/OVMF.fd; do
  [ -e "$f" ] || { echo "needs qemu-system-x86 and ovmf ($f)"; exit 77; }
done
work=$(mktemp -d)
cleanup() { [ -z "${qemu:-}" ] || kill "$qemu" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cp --sparse=always "$image" "$work/disk.raw"
accel=()
[ -w /dev/kvm ] && accel=(-enable-kvm -cpu host)
start=$(date +%s.%N)
qemu-system-x86_64 "${accel[@]}" -m 2048 -smp 2 -bios /usr/share/ovmf/OVMF.fd \
  -drive "file=$work/disk.raw,format=raw,if=virtio" -vga virtio -display none \
  -nic user,model=virtio-net-pci -serial "file:$work/serial.log" \
  -monitor "unix:$work/monitor.sock,server,nowait" &
qemu=$!
ready=""
while [ -z "$ready" ]; do
  sleep 0.5
  now=$(date +%s.%N)
  if grep -q "Started.*motcua self-service kiosk" "$work/serial.log" 2>/dev/null; then
    ready=$(echo "$now - $start" | bc)
  elif (( $(echo "$now - $start > $timeout" | bc) )); then
    tail -40 "$work/serial.log"; echo "FAIL: no kiosk within $timeout s"; exit 1
  fi
done
echo "power-on to motcua-kiosk ready (READY=1, attract screen drawn): ${ready} s"
grep -E "FAILED|Failed to" "$work/serial.log" || true
sleep 5   # the first frames after READY=1
python3 - "$work/monitor.sock" "$work/screen.ppm" <<'EOF'
import socket, sys, time
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])
s.sendall(f"screendump {sys.argv[2]}\n".encode()); time.sleep(2); s.close()
EOF
python3 -c "import sys, skimage.io as io; io.imsave(sys.argv[2], io.imread(sys.argv[1]))" "$work/screen.ppm" "$shot"
cp "$work/serial.log" "${shot%.png}.serial.log"
echo "screenshot: $shot"

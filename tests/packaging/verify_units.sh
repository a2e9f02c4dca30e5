#!/usr/bin/env bash
# systemd-analyze verify on the shipped units, their programs pointed at this build's binaries.
# usage: verify_units.sh UNIT_DIR BIN_DIR
set -euo pipefail
unit_dir=$1 bin_dir=$2
command -v systemd-analyze >/dev/null || { echo "SKIP: systemd-analyze not installed"; exit 77; }
[ -x /usr/bin/cage ] || { echo "SKIP: cage not installed (tools/install-deps.sh)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for unit in "$unit_dir"/*.service; do
  sed -e "s#/usr/bin/motcua#$bin_dir/motcua#g" -e "s#/usr/libexec/motcua/#$unit_dir/../libexec/#g" \
    "$unit" > "$tmp/$(basename "$unit")"
done
ls "$tmp"
# --man=no: whether man pages are installed is the machine's business, not the units'.
out=$(systemd-analyze verify --man=no "$tmp"/*.service 2>&1) || { echo "$out"; exit 1; }
# verify exits 0 on some warnings; treat any message about our units as a failure.
if grep -F "$tmp" <<<"$out"; then exit 1; fi
# cage puts its Wayland socket in the logind session's runtime directory, /run/user/UID;
# ProtectHome= (yes, tmpfs or read-only) takes /run/user away from the kiosk's unit.
if grep -qE '^ProtectHome=(yes|true|1|on|tmpfs|read-only)' "$unit_dir/motcua-kiosk.service"; then
  echo "motcua-kiosk.service: ProtectHome= hides /run/user, cage cannot open its Wayland socket"; exit 1
fi
echo "PASS: $(cd "$tmp" && echo *.service)"

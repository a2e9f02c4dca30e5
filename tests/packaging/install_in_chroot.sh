#!/usr/bin/env bash
# Installs the .deb into a fresh Debian bookworm root made by debootstrap, as a technician would
# with apt, and runs the installed `motcua-kiosk --self-test` and `motcua doctor` there as the
# motcua user; then checks the user, the data directory and the conffile. Needs root and the
# network (deb.debian.org, or $MOTCUA_DEBIAN_MIRROR). The base root is cached in
# $MOTCUA_CHROOT_CACHE (default /var/tmp/motcua-bookworm-base) for the next run.
# usage: install_in_chroot.sh DEB
set -euo pipefail
deb=$(realpath "$1")
[ "$(id -u)" -eq 0 ] || { echo "SKIP: needs root (chroot, mounts)"; exit 77; }
command -v debootstrap >/dev/null || { echo "SKIP: debootstrap not installed"; exit 77; }
mirror=${MOTCUA_DEBIAN_MIRROR:-http://deb.debian.org/debian}
base=${MOTCUA_CHROOT_CACHE:-/var/tmp/motcua-bookworm-base}

if [ ! -x "$base/usr/bin/apt-get" ]; then
  rm -rf "$base.partial"
  debootstrap --variant=minbase bookworm "$base.partial" "$mirror" >/dev/null
  mv "$base.partial" "$base"
fi
root=$(mktemp -d /var/tmp/motcua-chroot.XXXXXX)
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  for m in var/cache/apt/archives dev/pts dev proc sys; do umount -l "$root/$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
cp -a "$base/." "$root/"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
# Downloaded packages are kept next to the base root, so a second run does not fetch them again.
mkdir -p "$base.apt-archives/partial"
mount --bind "$base.apt-archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

start=$(date +%s)
in_root sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb")" \
  > "$root/tmp/apt.log" 2>&1 || { tail -40 "$root/tmp/apt.log"; echo "FAIL: apt install"; exit 1; }
echo "installed in $(( $(date +%s) - start )) s"

status=0
check() { if "$@"; then echo "ok: ${*: -1}"; else echo "FAIL: $*"; status=1; fi; }
check in_root getent passwd motcua
in_root id motcua
for group in video dialout lp; do check in_root sh -c "id -nG motcua | grep -qw $group" "$group"; done
check test "$(in_root stat -c '%a %U' /var/lib/motcua)" = "700 motcua"
# shellcheck disable=SC2016  # dpkg-query's format, not the shell's
in_root dpkg-query -W -f='${Conffiles}\n' motcua | grep -q /etc/motcua/motcua.toml || { echo "FAIL: conffile"; status=1; }

as_motcua() { in_root runuser -u motcua -- env HOME=/var/lib/motcua QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software "$@"; }
as_motcua /usr/bin/motcua-kiosk --self-test --config /etc/motcua/motcua.toml || { echo "FAIL: self-test"; status=1; }
as_motcua /usr/bin/motcua doctor --config /etc/motcua/motcua.toml || { echo "FAIL: doctor"; status=1; }
check test -f "$root/var/lib/motcua/motcua.sqlite"

# An upgrade (here: reinstalling the same package) keeps the database and a changed conffile.
echo "# site change" >> "$root/etc/motcua/motcua.toml"
in_root sh -c "DEBIAN_FRONTEND=noninteractive dpkg --force-confold -i /tmp/$(basename "$deb")" > "$root/tmp/dpkg.log" 2>&1 ||
  { cat "$root/tmp/dpkg.log"; status=1; }
check grep -q "^# site change" "$root/etc/motcua/motcua.toml"
check test -f "$root/var/lib/motcua/motcua.sqlite"

[ $status -eq 0 ] && echo PASS
exit $status
